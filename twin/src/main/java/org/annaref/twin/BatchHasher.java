package org.annaref.twin;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.annaref.reference.lsh.BitSamplingHash;
import org.annaref.reference.lsh.IdentityHash;
import org.annaref.reference.lsh.PStableHash;
import org.annaref.spec.Matrix;

/**
 * Bucket keys of many points for a group of tables at once: the projections of a block of 64
 * points against every function of the group are one {@link Projections#multiply} (the
 * hashing is a matrix product), then each table's key is read off the block.
 *
 * <p>Keys come in two forms, both exact (two points share a bucket exactly when their
 * reference z-tuples are equal): the reference layout ({@link TwinHashes#referenceWords()}
 * words per point, what the differential tests compare) and the compact form the twin buckets
 * by ({@link TwinHashes#compactWords()}). Every value is computed as the reference states it
 * (sign with 0 hashing to 1, {@code floor((dot + b) / w)} in double, largest |y_i| with ties to
 * the smallest i), only the projection itself is the fused chain of {@link Projections}.
 */
final class BatchHasher {
    /** Points per projection block: x block and outputs stay in the first cache levels. */
    static final int BLOCK = 64;

    private static final VectorSpecies<Double> S = Lanes.SPECIES;
    private static final int L = Lanes.LANES;
    private final TwinHashes h;
    private final boolean floatSigns;

    BatchHasher(TwinHashes hashes) {
        this(hashes, true);
    }

    /** {@code floatSigns} false: hyperplane signs always from double projections (tests). */
    BatchHasher(TwinHashes hashes, boolean floatSigns) {
        this.h = hashes;
        this.floatSigns = floatSigns;
    }

    /**
     * keys[t - tFrom][i * words ...] for tables [tFrom, tTo) and every row of {@code points};
     * {@code x} is the points' row-major entries, or null to read the rows block by block
     * (no full copy of the matrix).
     */
    long[][] hash(Matrix points, double[] x, int tFrom, int tTo, boolean compact) {
        int n = points.rows();
        int words = compact ? h.compactWords() : h.referenceWords();
        long size = (long) n * words;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("bucket keys of " + points.describe() + " need "
                    + size + " words, more than one array holds");
        }
        long[][] keys = new long[tTo - tFrom][n * words];
        switch (h.kind) {
            case TwinHashes.HYPERPLANE:
            case TwinHashes.PSTABLE:
            case TwinHashes.CROSSPOLYTOPE:
                project(points, x, tFrom, tTo, compact, words, keys);
                break;
            case TwinHashes.BITSAMPLE:
                double[] sampled = x != null ? x : points.toArray();
                Parallel.forRange(n, 256, (from, to) -> sample(points, sampled, from, to, tFrom,
                        tTo, keys));
                break;
            case TwinHashes.IDENTITY:
                double[] coordinates = x != null ? x : points.toArray();
                Parallel.forRange(n, 256, (from, to) -> identity(coordinates, from, to,
                        tTo - tFrom, compact, words, keys));
                break;
            default:
                Parallel.forRange(n, 64, (from, to) -> {
                    for (int t = tFrom; t < tTo; t++) {
                        for (int i = from; i < to; i++) {
                            h.generic.table(t).bucketKey(points, i, keys[t - tFrom], i * words);
                        }
                    }
                });
        }
        return keys;
    }

    private void project(Matrix points, double[] x, int tFrom, int tTo, boolean compact,
            int words, long[][] keys) {
        int per = h.projectionsPerTable();
        double[] panel = h.panel(tFrom, tTo);
        int stride = Lanes.roundUp((tTo - tFrom) * per);
        boolean packedSigns = compact && h.kind == TwinHashes.HYPERPLANE && h.z <= 64;
        int signWords = (stride + 63) / 64;
        double panelMax = SignKernel.maxAbs(panel, 0, panel.length);
        FloatSigns floats = packedSigns && floatSigns ? new FloatSigns(panel, h.dim, stride)
                : null;
        boolean useFloats = floats != null && floats.usable();
        Parallel.forRange(points.rows(), BLOCK, (from, to) -> {
            double[] proj = new double[BLOCK * stride];
            long[] signs = new long[BLOCK * signWords];
            Scratch scratch = new Scratch(useFloats ? floats : null, h.dim);
            double[] block = x == null ? new double[BLOCK * h.dim] : null;
            for (int r0 = from; r0 < to; r0 += BLOCK) {
                int rows = Math.min(BLOCK, to - r0);
                double[] src = x == null ? block : x;
                int row0 = x == null ? 0 : r0;
                if (x == null) {
                    points.copyRows(r0, r0 + rows, block, 0);
                }
                if (packedSigns) {
                    blockSigns(src, row0, rows, panel, stride, proj, signs, signWords,
                            panelMax, scratch);
                    for (int r = 0; r < rows; r++) {
                        writeKeys(signs, r * signWords, r0 + r, tFrom, tTo, keys);
                    }
                    continue;
                }
                Projections.multiply(src, h.dim, row0, rows, panel, stride, 0, stride, proj);
                for (int r = 0; r < rows; r++) {
                    for (int t = tFrom; t < tTo; t++) {
                        int p = r * stride + (t - tFrom) * per;
                        int at = (r0 + r) * words;
                        if (h.kind == TwinHashes.HYPERPLANE) {
                            hyperplane(proj, p, keys[t - tFrom], at);
                        } else if (h.kind == TwinHashes.PSTABLE) {
                            pstable(points, r0 + r, proj, p, t, keys[t - tFrom], at);
                        } else {
                            crossPolytope(proj, p, compact, keys[t - tFrom], at);
                        }
                    }
                }
            }
        });
    }

    /** One thread's buffers for {@link #blockSigns}. */
    private static final class Scratch {
        final double[] tile = new double[16 * L];
        final FloatSigns floats;
        final float[] xf;
        final float[] floatTile;

        Scratch(FloatSigns floats, int m) {
            this.floats = floats;
            this.xf = floats == null ? null : new float[BLOCK * m];
            this.floatTile = floats == null ? null : new float[FloatSigns.tileSize()];
        }
    }

    /** Reference layout: one word per function, 1 when the projection is >= 0. */
    private void hyperplane(double[] proj, int p, long[] out, int at) {
        for (int f = 0; f < h.z; f++) {
            // Reading of the reference: a projection of +0.0 or -0.0 hashes to 1.
            out[at + f] = proj[p + f] >= 0.0 ? 1L : 0L;
        }
    }

    /**
     * The sign bit strings of a block's rows (bit c of row r's string: projection c of row r is
     * >= 0), {@code words} longs per row. Groups of 4 rows take the in-register
     * {@link SignKernel}; the other rows, and groups with a NaN projection, have their
     * projections stored and read back ({@link #rowSigns}).
     */
    private void blockSigns(double[] x, int row0, int rows, double[] panel, int stride,
            double[] proj, long[] signs, int words, double panelMax, Scratch scratch) {
        double[] tile = scratch.tile;
        FloatSigns floats = scratch.floats;
        boolean useFloats = floats != null
                && floats.prepare(x, row0, rows, scratch.xf);
        // Float-ready magnitudes cannot overflow in double: skip the NaN test then.
        boolean checkFinite = !useFloats && !SignKernel.cannotOverflow(SignKernel.maxAbs(x,
                row0 * h.dim, (row0 + rows) * h.dim), panelMax, h.dim);
        int r = 0;
        if (SignKernel.fits(stride)) {
            for (; r + 4 <= rows; r += 4) {
                if (useFloats && floats.signs4(scratch.xf, r, signs, r * words, words,
                        scratch.floatTile)) {
                    continue;
                }
                if (!SignKernel.signs4(x, h.dim, row0 + r, panel, stride, stride, signs,
                        r * words, words, tile, checkFinite)) {
                    Projections.multiply(x, h.dim, row0 + r, 4, panel, stride, 0, stride, proj);
                    for (int k = 0; k < 4; k++) {
                        rowSigns(proj, k * stride, stride, signs, (r + k) * words, true);
                    }
                }
            }
        }
        if (r < rows) {
            Projections.multiply(x, h.dim, row0 + r, rows - r, panel, stride, 0, stride, proj);
            for (int k = 0; k < rows - r; k++) {
                rowSigns(proj, k * stride, stride, signs, (r + k) * words, checkFinite);
            }
        }
    }

    /**
     * The sign bits of one row of stored projections into signs[at ...]: each vector's bits
     * are shifted lane-wise to their place in their 64-bit word (L divides 64, so lanes never
     * straddle words) and joined by a reduction. Rows with a NaN projection take the scalar
     * comparison ({@code checkFinite} false: the caller knows none can be NaN).
     */
    private static void rowSigns(double[] proj, int base, int stride, long[] signs, int at,
            boolean checkFinite) {
        // Scalars carried across iterations: a carried vector would be boxed (JDK 17's C2).
        boolean finite = true;
        for (int c = 0; c < stride; c += L) {
            if (checkFinite) {
                finite &= !Double.isNaN(DoubleVector.fromArray(S, proj, base + c).mul(0.0)
                        .reduceLanes(VectorOperators.ADD));
            }
            long bits = SignKernel.bits(proj, base + c, (c & 63) / L);
            int word = at + (c >>> 6);
            signs[word] = (c & 63) == 0 ? bits : signs[word] | bits;
        }
        if (!finite) {
            scalarSigns(proj, base, stride, signs, at);
        }
    }

    /** Table t's key of a point is the z bits of its sign string from column (t - tFrom) z. */
    private void writeKeys(long[] signs, int at, int point, int tFrom, int tTo, long[][] keys) {
        int z = h.z;
        long low = z == 64 ? -1L : (1L << z) - 1;
        for (int t = tFrom; t < tTo; t++) {
            int bit = (t - tFrom) * z;
            int word = at + (bit >>> 6);
            int shift = bit & 63;
            long key = signs[word] >>> shift;
            if (shift + z > 64) {
                key |= signs[word + 1] << (64 - shift);
            }
            keys[t - tFrom][point] = key & low;
        }
    }

    /** The sign bit string of one row by scalar comparison (NaN compares false: 0). */
    private static void scalarSigns(double[] proj, int base, int stride, long[] signs, int at) {
        Arrays.fill(signs, at, at + (stride + 63) / 64, 0L);
        for (int c = 0; c < stride; c++) {
            signs[at + (c >>> 6)] |= (proj[base + c] >= 0.0 ? 1L : 0L) << (c & 63);
        }
    }

    private void pstable(Matrix points, int row, double[] proj, int p, int t, long[] out,
            int at) {
        for (int f = 0; f < h.z; f++) {
            int u = t * h.z + f;
            double value = Math.floor((proj[p + f] + h.offsets[u]) / h.widths[u]);
            if (!(value > -PStableHash.MAX_BUCKET && value < PStableHash.MAX_BUCKET)) {
                throw new IllegalArgumentException("p-stable bucket of " + points.name() + "["
                        + row + "] is " + value + ", beyond +-2^62: the bucket width "
                        + h.widths[u] + " is far too small for these inputs");
            }
            out[at + f] = (long) value;
        }
    }

    private void crossPolytope(double[] proj, int p, boolean compact, long[] out, int at) {
        int bits = h.vertexBits();
        boolean pack = compact && h.compactWords() == 1;
        long packed = 0;
        for (int f = 0; f < h.z; f++) {
            int base = p + f * h.outputs;
            int best = 0;
            double bestValue = proj[base];
            for (int i = 1; i < h.outputs; i++) {
                double y = proj[base + i];
                if (Math.abs(y) > Math.abs(bestValue)) {
                    best = i;
                    bestValue = y;
                }
            }
            long vertex = bestValue >= 0.0 ? 2L * best : 2L * best + 1;
            if (pack) {
                packed |= vertex << (f * bits);
            } else {
                out[at + f] = vertex;
            }
        }
        if (pack) {
            out[at] = packed;
        }
    }

    private void sample(Matrix points, double[] x, int from, int to, int tFrom, int tTo,
            long[][] keys) {
        int m = h.dim;
        for (int i = from; i < to; i++) {
            for (int t = tFrom; t < tTo; t++) {
                for (int f = 0; f < h.z; f++) {
                    int c = h.coordinates[t * h.z + f];
                    double value = x[i * m + c];
                    if (Math.floor(value) != value
                            || !(Math.abs(value) < BitSamplingHash.MAX_MAGNITUDE)) {
                        throw new IllegalArgumentException("bit sampling needs integer"
                                + " coordinates below 2^53, got " + points.name() + "[" + i
                                + "][" + c + "] = " + value);
                    }
                    keys[t - tFrom][i * h.z + f] = (long) value;
                }
            }
        }
    }

    private void identity(double[] x, int from, int to, int count, boolean compact, int words,
            long[][] keys) {
        int m = h.dim;
        int copies = compact ? 1 : h.z;
        for (int i = from; i < to; i++) {
            for (int s = 0; s < m; s++) {
                long bits = IdentityHash.canonicalBits(x[i * m + s]);
                for (int t = 0; t < count; t++) {
                    for (int c = 0; c < copies; c++) {
                        keys[t][i * words + c * m + s] = bits;
                    }
                }
            }
        }
    }
}
