package org.annaref.twin;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Hyperplane signs from single-precision projections, where single precision provably gives
 * the same bit as the double projection; the rest is left to the double kernel.
 *
 * <p>A hyperplane bit only needs the sign of the projection p = x . b, and scaling x or b by a
 * positive number keeps that sign. So the float kernel projects x / |x| on b / |b| (norms
 * computed in double), a product of two vectors of norm about 1. Computed in float (twice the
 * lanes per instruction), it differs from the exact scaled projection by at most
 * {@code (m + 3) u + A} (u = 2^-24: m fused roundings and the two conversions to float, each
 * relative to sum |x_s b_s| &lt;= 1 by Cauchy-Schwarz; A covers rounding in the subnormal
 * range), while the double projection differs from p by far less (relative 2^-53). So when
 * |p'| exceeds the threshold {@code T = 2 (m + 3) u + A}, p, the double projection and p' all
 * have the same sign and none is zero: the bit is "p' &gt; 0". When some |p'| of a group of
 * rows is within T (or the magnitudes do not suit the scaling), the group is recomputed in
 * double by {@link SignKernel}. The keys are therefore exactly those of the double kernel;
 * only the work changes.
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
     * Nonzero magnitudes of x and b must lie in [SMALLEST, LARGEST] (else the double kernel),
     * so that sums of squares neither overflow nor underflow in double.
     */
    private static final double LARGEST = 0x1p500;
    private static final double SMALLEST = 0x1p-500;
    /** Dimensions up to this keep m u far below 1. */
    private static final int MAX_DIM = 1 << 16;
    /** 2^-24, the unit roundoff of float. */
    private static final double U = 0x1p-24;

    private final int m;
    private final int stride;
    /** Column c holds b_c / |b_c| in float (0 for a zero column). */
    private final float[] panel;
    /** |p'| above this decides the sign. */
    private final float threshold;
    private final boolean usable;

    /** The float form of a coordinate-major panel (m rows of {@code stride} columns). */
    FloatSigns(double[] panel, int m, int stride) {
        this.m = m;
        this.stride = stride;
        this.panel = new float[panel.length];
        double[] norms = new double[stride];
        boolean inRange = m <= MAX_DIM;
        for (int s = 0; s < m; s++) {
            for (int c = 0; c < stride; c++) {
                double b = panel[s * stride + c];
                norms[c] += b * b;
                inRange &= suitsFloat(b);
            }
        }
        for (int c = 0; c < stride; c++) {
            norms[c] = Math.sqrt(norms[c]);
        }
        for (int s = 0; s < m; s++) {
            for (int c = 0; c < stride; c++) {
                double norm = norms[c];
                this.panel[s * stride + c] = norm > 0 ? (float) (panel[s * stride + c] / norm)
                        : 0f;
            }
        }
        // The slack factors cover the double rounding of the norms and of the threshold.
        double relative = 2.0 * (m + 3) * U * (1 + 0x1p-20);
        // Each conversion and fused step may round in the subnormal range: 2^-150 each.
        double absolute = 2.0 * (2 * m + 2) * 0x1p-149;
        this.threshold = roundUp(relative + absolute);
        this.usable = inRange && stride % (4 * FL) == 0;
    }

    /** 0, or a magnitude whose square is a normal double. */
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
     * Prepares rows [row0, row0 + rows) of x (m columns) for {@link #signs4}: x / |x| in float
     * (rows 0.. of xf; a zero row stays zero, so its projections are undecided). Returns false
     * when the block's magnitudes do not suit float (the caller then uses the double kernel
     * for the whole block).
     */
    boolean prepare(double[] x, int row0, int rows, float[] xf) {
        for (int r = 0; r < rows; r++) {
            int base = (row0 + r) * m;
            double sum = 0;
            for (int s = 0; s < m; s++) {
                double v = x[base + s];
                if (!suitsFloat(v)) {
                    return false;
                }
                sum += v * v;
            }
            // Any positive scale keeps the signs: the reciprocal's rounding does not matter.
            double scale = sum > 0 ? 1.0 / Math.sqrt(sum) : 0.0;
            for (int s = 0; s < m; s++) {
                xf[r * m + s] = (float) (x[base + s] * scale);
            }
        }
        return true;
    }

    /**
     * As {@link SignKernel#signs4} for rows [row, row + 4) of the prepared block, in float.
     * Returns false when some projection of these rows is too close to 0 for float to decide
     * (the bits are then unspecified and the caller recomputes these rows in double).
     */
    boolean signs4(float[] xf, int row, long[] bits, int offset, int words, float[] tile) {
        int w = 4 * FL;
        for (int c = 0; c < stride; c += w) {
            block4x4(xf, row, c, tile);
            boolean first = (c & 63) == 0;
            for (int r = 0; r < 4; r++) {
                int o = r * w;
                if (close(tile, o)) {
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
     * Straight-line helpers that take arrays and return scalars: under JDK 17's C2 a vector
     * carried across loop iterations, or returned from a method C2 did not inline, is boxed
     * on the heap (that made these kernels several times slower).
     */

    /** Whether some |p'| of a tile row is within the threshold. */
    private boolean close(float[] tile, int o) {
        float smallest = FloatVector.fromArray(F, tile, o).abs()
                .min(FloatVector.fromArray(F, tile, o + FL).abs())
                .min(FloatVector.fromArray(F, tile, o + 2 * FL).abs())
                .min(FloatVector.fromArray(F, tile, o + 3 * FL).abs())
                .reduceLanes(VectorOperators.MIN);
        return !(smallest > threshold);
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

    /**
     * Bits c and FL + c: lane c of the vectors at o and o + FL is positive (its sign bit,
     * flipped; lanes here are never zero).
     */
    private static int pairBits(float[] tile, int o) {
        return FloatVector.fromArray(F, tile, o).reinterpretAsInts()
                .lanewise(VectorOperators.LSHR, 31).lanewise(VectorOperators.XOR, 1)
                .lanewise(VectorOperators.LSHL, LANES)
                .or(FloatVector.fromArray(F, tile, o + FL).reinterpretAsInts()
                        .lanewise(VectorOperators.LSHR, 31).lanewise(VectorOperators.XOR, 1)
                        .lanewise(VectorOperators.LSHL, LANES_UP))
                .reduceLanes(VectorOperators.OR);
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
        // Stored in place: a helper taking the vectors, if C2 does not inline it, boxes them.
        int w = 4 * FL;
        a00.intoArray(tile, 0);
        a01.intoArray(tile, FL);
        a02.intoArray(tile, 2 * FL);
        a03.intoArray(tile, 3 * FL);
        a10.intoArray(tile, w);
        a11.intoArray(tile, w + FL);
        a12.intoArray(tile, w + 2 * FL);
        a13.intoArray(tile, w + 3 * FL);
        a20.intoArray(tile, 2 * w);
        a21.intoArray(tile, 2 * w + FL);
        a22.intoArray(tile, 2 * w + 2 * FL);
        a23.intoArray(tile, 2 * w + 3 * FL);
        a30.intoArray(tile, 3 * w);
        a31.intoArray(tile, 3 * w + FL);
        a32.intoArray(tile, 3 * w + 2 * FL);
        a33.intoArray(tile, 3 * w + 3 * FL);
    }

    /** Floats of one tile (4 rows by 4 vectors). */
    static int tileSize() {
        return 16 * FL;
    }
}
