package org.annaref.twin;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
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
    /** Lane c's shift in a sign mask: c. */
    private static final LongVector LANE_SHIFTS = LongVector.fromArray(
            VectorSpecies.of(long.class, S.vectorShape()), laneIndices(), 0);

    private final TwinHashes h;

    BatchHasher(TwinHashes hashes) {
        this.h = hashes;
    }

    /** keys[t - tFrom][i * words ...] for tables [tFrom, tTo) and every row of {@code points}. */
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
                Parallel.forRange(n, 256, (from, to) -> sample(points, x, from, to, tFrom, tTo,
                        keys));
                break;
            case TwinHashes.IDENTITY:
                Parallel.forRange(n, 256, (from, to) -> identity(x, from, to, tTo - tFrom,
                        compact, words, keys));
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
        Parallel.forRange(points.rows(), BLOCK, (from, to) -> {
            double[] proj = new double[BLOCK * stride];
            long[] signs = new long[(stride + 63) / 64];
            for (int r0 = from; r0 < to; r0 += BLOCK) {
                int rows = Math.min(BLOCK, to - r0);
                Projections.multiply(x, h.dim, r0, rows, panel, stride, 0, stride, proj);
                if (packedSigns) {
                    packedSigns(proj, rows, stride, r0, tFrom, tTo, signs, keys);
                    continue;
                }
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

    /** Reference layout: one word per function, 1 when the projection is >= 0. */
    private void hyperplane(double[] proj, int p, long[] out, int at) {
        for (int f = 0; f < h.z; f++) {
            // Reading of the reference: a projection of +0.0 or -0.0 hashes to 1.
            out[at + f] = proj[p + f] >= 0.0 ? 1L : 0L;
        }
    }

    /**
     * Compact hyperplane keys of a block (z <= 64): bit f of table t's key is function f's
     * value. The signs of L projections are found at once and laid out as one bit string per
     * row (bit c = column c; L divides 64, so lanes never straddle words), and table t's key is
     * the z bits from column (t - tFrom) z on. This replaced a scalar compare-shift-or per
     * function, which took a fifth of the hashing time.
     *
     * <p>Per vector: p + 0.0 turns -0.0 into +0.0 (IEEE), so "p >= 0" (the reference's
     * reading: a projection of -0.0 hashes to 1) is "the sign bit of p + 0.0 is clear"; lane c's
     * bit is shifted to position c and the lanes are OR-ed. (JDK 17 does not compile
     * {@code VectorMask.toLong} to a machine instruction, so a compare mask would be slower.) A
     * NaN projection, possible only when a product overflows, has an arbitrary sign bit: rows
     * with a non-finite projection take the scalar comparison instead.
     */
    private void packedSigns(double[] proj, int rows, int stride, int r0, int tFrom, int tTo,
            long[] signs, long[][] keys) {
        int z = h.z;
        long low = z == 64 ? -1L : (1L << z) - 1;
        for (int r = 0; r < rows; r++) {
            Arrays.fill(signs, 0L);
            int base = r * stride;
            DoubleVector finite = DoubleVector.zero(S);
            for (int c = 0; c < stride; c += L) {
                DoubleVector p = DoubleVector.fromArray(S, proj, base + c).add(0.0);
                // 0 * p is 0 for finite p and NaN otherwise: the sum tells whether all were.
                finite = finite.add(p.mul(0.0));
                long mask = p.reinterpretAsLongs().lanewise(VectorOperators.LSHR, 63)
                        .lanewise(VectorOperators.XOR, 1L)
                        .lanewise(VectorOperators.LSHL, LANE_SHIFTS)
                        .reduceLanes(VectorOperators.OR);
                signs[c >>> 6] |= mask << (c & 63);
            }
            if (Double.isNaN(finite.reduceLanes(VectorOperators.ADD))) {
                scalarSigns(proj, base, stride, signs);
            }
            for (int t = tFrom; t < tTo; t++) {
                int bit = (t - tFrom) * z;
                int word = bit >>> 6;
                int shift = bit & 63;
                long key = signs[word] >>> shift;
                if (shift + z > 64) {
                    key |= signs[word + 1] << (64 - shift);
                }
                keys[t - tFrom][r0 + r] = key & low;
            }
        }
    }

    /** The sign bit string of one row by scalar comparison (NaN compares false: 0). */
    private static void scalarSigns(double[] proj, int base, int stride, long[] signs) {
        Arrays.fill(signs, 0L);
        for (int c = 0; c < stride; c++) {
            signs[c >>> 6] |= (proj[base + c] >= 0.0 ? 1L : 0L) << (c & 63);
        }
    }

    private static long[] laneIndices() {
        long[] lanes = new long[L];
        for (int c = 0; c < L; c++) {
            lanes[c] = c;
        }
        return lanes;
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
