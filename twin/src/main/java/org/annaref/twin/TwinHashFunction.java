package org.annaref.twin;

import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;

/**
 * One function of {@link TwinHashes} as a {@link HashFunction}: the twin's value for a single
 * point, computed by the batch code on a one-row matrix (so it is the twin's value, fused
 * projection chain included, and can be handed to anything that takes a {@code HashFunction}).
 */
final class TwinHashFunction implements HashFunction {
    private final TwinHashes h;
    private final int table;
    private final int function;

    TwinHashFunction(TwinHashes hashes, int table, int function) {
        if (table < 0 || table >= hashes.tables || function < 0 || function >= hashes.z) {
            throw new IllegalArgumentException("no function (" + table + ", " + function
                    + ") among " + hashes.tables + " x " + hashes.z);
        }
        this.h = hashes;
        this.table = table;
        this.function = function;
    }

    @Override
    public int dim() {
        return h.dim;
    }

    @Override
    public int words() {
        return h.kind == TwinHashes.IDENTITY ? h.dim
                : h.kind == TwinHashes.GENERIC ? h.generic.table(table).function(function).words()
                : 1;
    }

    @Override
    public void hash(Matrix points, int row, long[] out, int offset) {
        if (points.cols() != h.dim) {
            throw new IllegalArgumentException(points.describe() + " has " + points.cols()
                    + " columns but the function expects dimension " + h.dim);
        }
        if (row < 0 || row >= points.rows() || offset < 0 || offset + words() > out.length) {
            throw new IllegalArgumentException("row " + row + " or offset " + offset
                    + " out of range");
        }
        if (h.kind == TwinHashes.GENERIC) {
            h.generic.table(table).function(function).hash(points, row, out, offset);
            return;
        }
        // Hash the single row with a one-table, one-function copy through the batch code.
        Matrix one = new Matrix(points.name(), 1, h.dim, points.row(row));
        TwinHashes single = single();
        long[][] keys = new BatchHasher(single).hash(one, one.toArray(), 0, 1, false);
        System.arraycopy(keys[0], 0, out, offset, words());
    }

    private TwinHashes single() {
        int u = table * h.z + function;
        int size = h.outputs * h.dim;
        return new TwinHashes(h.kind, 1, 1, h.dim, h.outputs,
                h.rows == null ? null : java.util.Arrays.copyOfRange(h.rows, u * size,
                        (u + 1) * size),
                h.offsets == null ? null : new double[] {h.offsets[u]},
                h.widths == null ? null : new double[] {h.widths[u]},
                h.coordinates == null ? null : new int[] {h.coordinates[u]}, null);
    }
}
