package org.annaref.twin;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Hyperplane signs from single-precision projections, where single precision provably gives
 * the same bit as the double projection; the rest is left to the double kernel.
 *
 * <p>A hyperplane bit only needs the sign of the projection p = x . b. Computed in float (twice
 * the lanes per instruction), p' differs from the exact p by at most
 * {@code E = (m + 3) u |x| |b| + A} (u = 2^-24; m fused roundings and two input conversions,
 * |x_s b_s| summed to at most |x| |b| by Cauchy-Schwarz; A covers rounding in the subnormal
 * range), and the double projection the reference reading is defined on differs from p by far
 * less. So when |p'| exceeds twice that bound, p, the double projection and p' all have the
 * same sign and none is zero: the bit is "p' &gt; 0". When some |p'| of a group of rows is
 * within the bound (or the inputs are too large or too small for float), the group is
 * recomputed in double by {@link SignKernel}. The keys are therefore exactly those of the
 * double kernel; only the work changes.
 */
final class FloatSigns {
    private static final VectorSpecies<Float> F = VectorSpecies.of(float.class,
            Lanes.SPECIES.vectorShape());
    private static final int FL = F.length();
    /** Lane c holds c: shifting lane c's bit to position c. */
    private static final IntVector LANES = laneIndices();
    /** Lane c holds FL + c. */
    private static final IntVector LANES_UP = LANES.add(FL);
    /**
     * Nonzero magnitudes of x and b must lie in [SMALLEST, LARGEST] (else the double kernel):
     * then converting them to float is off by a relative u at most, and no float sum of m
     * products overflows.
     */
    private static final double LARGEST = 0x1p50;
    private static final double SMALLEST = 0x1p-100;
    /** Dimensions up to this keep m u far below 1. */
    private static final int MAX_DIM = 1 << 16;
    /** 2^-24, the unit roundoff of float. */
    private static final double U = 0x1p-24;

    private final int m;
    private final int stride;
    private final float[] panel;
    /** Per column c: 2 (m + 3) u |b_c|, rounded up; times |x| it bounds the float error. */
    private final float[] relative;
    /** Absolute slack for rounding in the subnormal range. */
    private final float absolute;
    private final boolean usable;

    /** The float form of a coordinate-major panel (m rows of {@code stride} columns). */
    FloatSigns(double[] panel, int m, int stride) {
        this.m = m;
        this.stride = stride;
        this.panel = new float[panel.length];
        this.relative = new float[stride];
        double[] norms = new double[stride];
        boolean inRange = m <= MAX_DIM;
        for (int s = 0; s < m; s++) {
            for (int c = 0; c < stride; c++) {
                double b = panel[s * stride + c];
                this.panel[s * stride + c] = (float) b;
                norms[c] += b * b;
                inRange &= suitsFloat(b);
            }
        }
        double scale = 2.0 * (m + 3) * U * (1 + 0x1p-20);
        for (int c = 0; c < stride; c++) {
            relative[c] = roundUp(scale * Math.sqrt(norms[c]) * (1 + 0x1p-20));
        }
        // Each fused step may also round in the subnormal range: 2^-150 per step at most.
        this.absolute = roundUp(2.0 * (m + 2) * 0x1p-149);
        this.usable = inRange && stride % (4 * FL) == 0;
    }

    /** 0, or a magnitude float holds to a relative u, whose products cannot overflow. */
    private static boolean suitsFloat(double v) {
        double a = Math.abs(v);
        return a == 0.0 || (a >= SMALLEST && a <= LARGEST);
    }

    private static float roundUp(double value) {
        float f = (float) value;
        return f >= value ? f : Math.nextUp(f);
    }

    /** Whether this panel can be hashed in float at all (shape and magnitudes). */
    boolean usable() {
        return usable;
    }

    /**
     * Prepares rows [row0, row0 + rows) of x (m columns) for {@link #signs4}: their float copy
     * (rows 0.. of xf) and norms. Returns false when the block's magnitudes do not suit float (the caller
     * then uses the double kernel for the whole block).
     */
    boolean prepare(double[] x, int row0, int rows, float[] xf, float[] norms) {
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int s = 0; s < m; s++) {
                double v = x[(row0 + r) * m + s];
                if (!suitsFloat(v)) {
                    return false;
                }
                xf[r * m + s] = (float) v;
                sum += v * v;
            }
            norms[r] = roundUp(Math.sqrt(sum) * (1 + 0x1p-20));
        }
        return true;
    }

    /**
     * As {@link SignKernel#signs4} for rows [row, row + 4) of the prepared block, in float.
     * Returns false when some projection of these rows is too close to 0 for float to decide
     * (the bits are then unspecified and the caller recomputes these rows in double).
     */
    boolean signs4(float[] xf, float[] norms, int row, long[] bits, int offset, int words,
            float[] tile) {
        int w = 4 * FL;
        for (int c = 0; c < stride; c += w) {
            block4x4(xf, row, c, tile);
            boolean first = (c & 63) == 0;
            for (int r = 0; r < 4; r++) {
                int o = r * w;
                float norm = norms[row + r];
                if (close(tile, o, c, norm)) {
                    return false;
                }
                long value = rowBits(tile, o, c & 63);
                int i = offset + (c >>> 6) + r * words;
                bits[i] = first ? value : bits[i] | value;
            }
        }
        return true;
    }

    /*
     * Straight-line helpers: under JDK 17's C2 a vector carried across loop iterations is boxed.
     */

    /** Whether some |p'| of a tile row is within its error bound. */
    private boolean close(float[] tile, int o, int c, float norm) {
        FloatVector gap = margin(tile, o, c, norm).min(margin(tile, o + FL, c + FL, norm))
                .min(margin(tile, o + 2 * FL, c + 2 * FL, norm))
                .min(margin(tile, o + 3 * FL, c + 3 * FL, norm));
        // A NaN margin (not possible for these magnitudes) would also compare false: close.
        return !(gap.reduceLanes(VectorOperators.MIN) > 0f);
    }

    /** |p'| - (bound + slack), lane-wise. */
    private FloatVector margin(float[] tile, int o, int c, float norm) {
        FloatVector p = FloatVector.fromArray(F, tile, o).abs();
        FloatVector bound = FloatVector.fromArray(F, relative, c).mul(norm).add(absolute);
        return p.sub(bound);
    }

    /**
     * The sign bits of a tile row's 4 vectors, from bit {@code at} of their word on: two
     * vectors per int reduction, the second one's lanes shifted FL further (2 FL &lt;= 32).
     */
    private static long rowBits(float[] tile, int o, int at) {
        long mask = (1L << (2 * FL)) - 1;
        long low = pairBits(tile, o) & mask;
        long high = pairBits(tile, o + 2 * FL) & mask;
        return low << at | high << (at + 2 * FL);
    }

    /** Bits c and FL + c: lane c of the vectors at o and o + FL is positive. */
    private static int pairBits(float[] tile, int o) {
        return signs(tile, o).lanewise(VectorOperators.LSHL, LANES)
                .or(signs(tile, o + FL).lanewise(VectorOperators.LSHL, LANES_UP))
                .reduceLanes(VectorOperators.OR);
    }

    /** Lane-wise 1 for a positive lane, 0 for a negative one. */
    private static IntVector signs(float[] tile, int o) {
        return FloatVector.fromArray(F, tile, o).reinterpretAsInts()
                .lanewise(VectorOperators.LSHR, 31).lanewise(VectorOperators.XOR, 1);
    }

    private static IntVector laneIndices() {
        int[] lanes = new int[FL];
        for (int c = 0; c < FL; c++) {
            lanes[c] = c;
        }
        return IntVector.fromArray(VectorSpecies.of(int.class, F.vectorShape()), lanes, 0);
    }

    /** 4 rows by 4 float vectors of projections into tile (row stride 4 FL). */
    private void block4x4(float[] x, int row, int col, float[] tile) {
        FloatVector a00 = FloatVector.zero(F);
        FloatVector a01 = a00;
        FloatVector a02 = a00;
        FloatVector a03 = a00;
        FloatVector a10 = a00;
        FloatVector a11 = a00;
        FloatVector a12 = a00;
        FloatVector a13 = a00;
        FloatVector a20 = a00;
        FloatVector a21 = a00;
        FloatVector a22 = a00;
        FloatVector a23 = a00;
        FloatVector a30 = a00;
        FloatVector a31 = a00;
        FloatVector a32 = a00;
        FloatVector a33 = a00;
        float[] b = panel;
        int x0 = row * m;
        for (int s = 0; s < m; s++) {
            int bo = s * stride + col;
            FloatVector b0 = FloatVector.fromArray(F, b, bo);
            FloatVector b1 = FloatVector.fromArray(F, b, bo + FL);
            FloatVector b2 = FloatVector.fromArray(F, b, bo + 2 * FL);
            FloatVector b3 = FloatVector.fromArray(F, b, bo + 3 * FL);
            FloatVector v = FloatVector.broadcast(F, x[x0 + s]);
            a00 = b0.fma(v, a00);
            a01 = b1.fma(v, a01);
            a02 = b2.fma(v, a02);
            a03 = b3.fma(v, a03);
            v = FloatVector.broadcast(F, x[x0 + m + s]);
            a10 = b0.fma(v, a10);
            a11 = b1.fma(v, a11);
            a12 = b2.fma(v, a12);
            a13 = b3.fma(v, a13);
            v = FloatVector.broadcast(F, x[x0 + 2 * m + s]);
            a20 = b0.fma(v, a20);
            a21 = b1.fma(v, a21);
            a22 = b2.fma(v, a22);
            a23 = b3.fma(v, a23);
            v = FloatVector.broadcast(F, x[x0 + 3 * m + s]);
            a30 = b0.fma(v, a30);
            a31 = b1.fma(v, a31);
            a32 = b2.fma(v, a32);
            a33 = b3.fma(v, a33);
        }
        int w = 4 * FL;
        store(a00, a01, a02, a03, tile, 0);
        store(a10, a11, a12, a13, tile, w);
        store(a20, a21, a22, a23, tile, 2 * w);
        store(a30, a31, a32, a33, tile, 3 * w);
    }

    private static void store(FloatVector a0, FloatVector a1, FloatVector a2, FloatVector a3,
            float[] tile, int o) {
        a0.intoArray(tile, o);
        a1.intoArray(tile, o + FL);
        a2.intoArray(tile, o + 2 * FL);
        a3.intoArray(tile, o + 3 * FL);
    }

    /** Floats of one tile (4 rows by 4 vectors). */
    static int tileSize() {
        return 16 * FL;
    }
}
