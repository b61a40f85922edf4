package org.annaref.twin;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.annaref.reference.attention.AttentionMask;
import org.annaref.reference.attention.UnitRows;
import org.annaref.spec.Attention;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;

/**
 * Exact softmax attention, tiled and vectorized, with the online (streaming) softmax:
 * out_i = sum_j e^{s_ij} v_j / sum_j e^{s_ij} over the keys the mask allows,
 * s_ij = beta {@code <q_i, k_j>}, the same definition and readings as the reference's
 * {@code SoftmaxAttention} (unit rows with {@code normalize}, zero row when no key is allowed,
 * a non-finite logit is an input error).
 *
 * <p>Queries are split into blocks of 64 over the threads. For each tile of 256 keys, groups
 * of 4 queries get their logits from one {@link Projections#multiply} against K transposed,
 * then per query: the tile's maximum, a rescale of the running denominator and numerator by
 * e^{M_old - M_new}, the weights e^{s - M_new} (vector exp), and the weighted sum of the tile's
 * values (4 queries share each value load). Every exponent is at most 0, so nothing overflows.
 * The tiles of K and V stay in cache while a block's queries pass over them. The summation
 * order differs from the reference's (per tile, vector reductions), so the differential tests
 * compare both against a high-precision oracle instead of bit for bit.
 */
public final class TwinSoftmax implements Attention {
    private static final VectorSpecies<Double> S = Lanes.SPECIES;
    private static final int L = Lanes.LANES;
    static final int QUERY_BLOCK = 64;
    static final int TILE = 256;

    private final double beta;
    private final boolean normalize;
    private final AttentionMask mask;
    private final MaskRanges ranges;

    /** Softmax with temperature beta, optional unit normalization, and a mask. */
    public TwinSoftmax(double beta, boolean normalize, AttentionMask mask) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be a finite number > 0, got " + beta);
        }
        if (mask == null) {
            throw new IllegalArgumentException("mask must not be null");
        }
        this.beta = beta;
        this.normalize = normalize;
        this.mask = mask;
        this.ranges = new MaskRanges(mask);
    }

    /** beta = 1, no normalization, no mask. */
    public static TwinSoftmax standard() {
        return new TwinSoftmax(1.0, false, AttentionMask.none());
    }

    @Override
    public String name() {
        return "softmax-twin";
    }

    @Override
    public Matrix attend(Matrix q, Matrix k, Matrix v) {
        AttentionShapes.check(q, k, v);
        if (mask.needsSelfAttention()) {
            q.requireSameRows(k);
        }
        Matrix queries = normalize ? UnitRows.of(q) : q;
        Matrix keys = normalize ? UnitRows.of(k) : k;
        int n = q.rows();
        int mv = v.cols();
        double[] out = new double[n * mv];
        if (k.rows() > 0) {
            Pass pass = new Pass(queries.toArray(), q.cols(), keys, v.toArray(), mv);
            Parallel.forRange(n, QUERY_BLOCK, (from, to) -> {
                Block block = new Block(q.cols(), mv);
                for (int i0 = from; i0 < to; i0 += QUERY_BLOCK) {
                    block.run(pass, i0, Math.min(to, i0 + QUERY_BLOCK), out);
                }
            });
        }
        return new Matrix("softmax output", n, mv, out);
    }

    /** The shared, read-only inputs of one call. */
    private static final class Pass {
        final double[] q;
        final int m;
        final int keys;
        final double[] kt;
        final int stride;
        final double[] v;
        final int mv;

        Pass(double[] q, int m, Matrix k, double[] v, int mv) {
            this.q = q;
            this.m = m;
            this.keys = k.rows();
            this.kt = Projections.transpose(k.toArray(), keys, m);
            this.stride = Lanes.roundUp(keys);
            this.v = v;
            this.mv = mv;
        }
    }

    /** Per-thread state: one query block's running maxima, denominators and numerators. */
    private final class Block {
        final double[] max = new double[QUERY_BLOCK + 3];
        final double[] denominator = new double[QUERY_BLOCK + 3];
        final double[] acc;
        final double[] logits = new double[4 * TILE];
        final int[] span = new int[4];
        final int[] row = new int[4];
        final int mv;

        Block(int m, int mv) {
            this.mv = mv;
            this.acc = new double[(QUERY_BLOCK + 3) * mv];
        }

        void run(Pass p, int from, int to, double[] out) {
            int rows = to - from;
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(denominator, 0.0);
            java.util.Arrays.fill(acc, 0.0);
            ranges.union(from, to, p.keys, span);
            int lo2 = span[2];
            int hi2 = span[3];
            tiles(p, from, rows, span[0], span[1]);
            tiles(p, from, rows, lo2, hi2);
            for (int r = 0; r < rows; r++) {
                if (denominator[r] > 0) {
                    Vectors.divide(out, (from + r) * mv, acc, r * mv, mv, denominator[r]);
                }
            }
        }

        private void tiles(Pass p, int from, int rows, int lo, int hi) {
            for (int j0 = lo / L * L; j0 < hi; j0 += TILE) {
                int width = Math.min(TILE, hi - j0);
                int cols = Lanes.roundUp(width);
                for (int g = 0; g < rows; g += 4) {
                    int count = Math.min(4, rows - g);
                    Projections.multiply(p.q, p.m, from + g, count, p.kt, p.stride, j0, cols,
                            logits);
                    boolean any = false;
                    for (int r = 0; r < count; r++) {
                        any |= weights(p, from + g + r, g + r, r, j0, Math.max(lo, j0),
                                j0 + width, cols);
                    }
                    for (int r = count; r < 4; r++) {
                        java.util.Arrays.fill(logits, r * cols, (r + 1) * cols, 0.0);
                    }
                    if (any) {
                        accumulate(p, g, j0, width, cols);
                    }
                }
            }
        }

        /**
         * Turns row r of the logits into weights e^{s - M} (0 where not allowed) and updates
         * the running maximum and denominator of block row b; false when nothing was allowed.
         */
        private boolean weights(Pass p, int i, int b, int r, int j0, int lo, int hi, int cols) {
            ranges.of(i, p.keys, row);
            int base = r * cols;
            double tileMax = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                int j = j0 + c;
                boolean allowed = j >= lo && j < hi
                        && ((j >= row[0] && j < row[1]) || (j >= row[2] && j < row[3]));
                if (allowed) {
                    double s = beta * logits[base + c];
                    if (!Double.isFinite(s)) {
                        throw new IllegalArgumentException("softmax logit beta * <q_" + i
                                + ", k_" + j + "> = " + s + " is not finite: the inputs are"
                                + " too large");
                    }
                    logits[base + c] = s;
                    tileMax = Math.max(tileMax, s);
                } else {
                    logits[base + c] = Double.NEGATIVE_INFINITY;
                }
            }
            if (tileMax == Double.NEGATIVE_INFINITY) {
                java.util.Arrays.fill(logits, base, base + cols, 0.0);
                return false;
            }
            double newMax = Math.max(max[b], tileMax);
            double scale = Math.exp(max[b] - newMax);
            DoubleVector sum = DoubleVector.zero(S);
            for (int c = 0; c < cols; c += L) {
                DoubleVector w = DoubleVector.fromArray(S, logits, base + c).sub(newMax)
                        .lanewise(VectorOperators.EXP);
                w.intoArray(logits, base + c);
                sum = sum.add(w);
            }
            denominator[b] = denominator[b] * scale + sum.reduceLanes(VectorOperators.ADD);
            if (scale != 1.0) {
                for (int c = 0; c < mv; c++) {
                    acc[b * mv + c] *= scale;
                }
            }
            max[b] = newMax;
            return true;
        }

        /** acc[g + r] += sum over the tile of w_rj v_j for the 4 rows of the group. */
        private void accumulate(Pass p, int g, int j0, int width, int cols) {
            int mv = p.mv;
            int a0 = g * mv;
            int a1 = a0 + mv;
            int a2 = a1 + mv;
            int a3 = a2 + mv;
            int c = 0;
            for (; c + L <= mv; c += L) {
                DoubleVector s0 = DoubleVector.fromArray(S, acc, a0 + c);
                DoubleVector s1 = DoubleVector.fromArray(S, acc, a1 + c);
                DoubleVector s2 = DoubleVector.fromArray(S, acc, a2 + c);
                DoubleVector s3 = DoubleVector.fromArray(S, acc, a3 + c);
                for (int j = 0; j < width; j++) {
                    DoubleVector vj = DoubleVector.fromArray(S, p.v, (j0 + j) * mv + c);
                    s0 = vj.fma(DoubleVector.broadcast(S, logits[j]), s0);
                    s1 = vj.fma(DoubleVector.broadcast(S, logits[cols + j]), s1);
                    s2 = vj.fma(DoubleVector.broadcast(S, logits[2 * cols + j]), s2);
                    s3 = vj.fma(DoubleVector.broadcast(S, logits[3 * cols + j]), s3);
                }
                s0.intoArray(acc, a0 + c);
                s1.intoArray(acc, a1 + c);
                s2.intoArray(acc, a2 + c);
                s3.intoArray(acc, a3 + c);
            }
            for (; c < mv; c++) {
                for (int j = 0; j < width; j++) {
                    double vj = p.v[(j0 + j) * mv + c];
                    acc[a0 + c] = Math.fma(logits[j], vj, acc[a0 + c]);
                    acc[a1 + c] = Math.fma(logits[cols + j], vj, acc[a1 + c]);
                    acc[a2 + c] = Math.fma(logits[2 * cols + j], vj, acc[a2 + c]);
                    acc[a3 + c] = Math.fma(logits[3 * cols + j], vj, acc[a3 + c]);
                }
            }
        }
    }
}
