package org.annaref.twin;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Hyperplane hashing's inner kernel: the signs of 4 rows of projections, read off each
 * 4 x 4-vector block of {@link Projections} while it is in a small tile in the first cache
 * level, instead of storing a whole block of projections and reading it back (that round trip
 * through memory cost about a fifth of the hashing time). (Taking the signs straight from the
 * accumulator registers made the method too large for C2 to inline the Vector API calls.)
 *
 * <p>Each projection is the same fused multiply-add chain as {@link Projections#dot} (same
 * operations in the same order), so its sign is the one the stored projection would have.
 * Sign convention, as the reference reads it: a projection of +0.0 or -0.0 hashes to 1; p + 0.0
 * turns -0.0 into +0.0, so "p >= 0" is "the sign bit of p + 0.0 is clear". A NaN projection
 * (only when a product overflows) has no meaningful sign bit: the kernel then reports failure
 * and the caller falls back to the stored projections and a scalar comparison.
 */
final class SignKernel {
    private static final VectorSpecies<Double> S = Lanes.SPECIES;
    private static final int L = Lanes.LANES;
    private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class,
            S.vectorShape());
    /** SHIFTS[k] moves lane c's sign bit to bit k L + c of its 64-bit word. */
    private static final LongVector[] SHIFTS = laneShifts();

    private SignKernel() {
    }

    /** Whether {@link #signs4} handles {@code cols} columns (a multiple of 4 vectors). */
    static boolean fits(int cols) {
        return cols % (4 * L) == 0;
    }

    /**
     * For rows [row, row + 4) of x (m columns, row-major) against columns [0, cols) of b
     * (coordinate-major, row stride {@code stride}): bit (c &amp; 63) of
     * {@code bits[offset + k * words + (c >>> 6)]} is 1 when projection (row + k, c) is >= 0,
     * for c in [0, cols); cols must satisfy {@link #fits}; {@code tile} holds 16 L doubles
     * (4 rows by 4 vectors of projections, in the first cache level). Returns false, with the
     * bits unspecified, when a projection of these rows is NaN.
     */
    static boolean signs4(double[] x, int m, int row, double[] b, int stride, int cols,
            long[] bits, int offset, int words, double[] tile, boolean checkFinite) {
        int w = 4 * L;
        boolean finite = true;
        for (int c = 0; c < cols; c += w) {
            Projections.block4x4(x, m, row, b, stride, c, tile, 0, w);
            int k = (c & 63) / L;
            int at = offset + (c >>> 6);
            boolean first = (c & 63) == 0;
            for (int r = 0; r < 4; r++) {
                long value = rowBits(tile, r * w, k);
                int i = at + r * words;
                bits[i] = first ? value : bits[i] | value;
            }
            if (checkFinite) {
                finite &= allFinite(tile);
            }
        }
        return finite;
    }

    /**
     * True when no projection chain of m terms can overflow (so none is NaN): every product is
     * at most maxX maxB in magnitude, every partial sum at most m times that, and that bound
     * is far below the largest double. An infinite or NaN bound answers false.
     */
    static boolean cannotOverflow(double maxX, double maxB, int m) {
        return maxX * maxB * m <= 0x1p1000;
    }

    /** The largest |a[i]| for i in [from, to). */
    static double maxAbs(double[] a, int from, int to) {
        double max = 0.0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(a[i]));
        }
        return max;
    }

    /*
     * The helpers below are straight-line on purpose: under JDK 17's C2 a vector carried from
     * one loop iteration to the next is boxed on the heap, which made this kernel six times
     * slower.
     */

    /** The sign bits of the 4 vectors of one tile row, placed from bit k L of their word. */
    private static long rowBits(double[] tile, int o, int k) {
        return bits(tile, o, k) | bits(tile, o + L, k + 1) | bits(tile, o + 2 * L, k + 2)
                | bits(tile, o + 3 * L, k + 3);
    }

    /** Whether the tile's 16 vectors are finite: 0 * p is 0 for finite p, NaN otherwise. */
    private static boolean allFinite(double[] tile) {
        return !Double.isNaN(zeroTimes(tile, 0) + zeroTimes(tile, 4 * L)
                + zeroTimes(tile, 8 * L) + zeroTimes(tile, 12 * L));
    }

    /** 0 * p summed over the 4 vectors of a tile row (NaN when one is not finite). */
    private static double zeroTimes(double[] tile, int o) {
        return DoubleVector.fromArray(S, tile, o).mul(0.0)
                .add(DoubleVector.fromArray(S, tile, o + L).mul(0.0))
                .add(DoubleVector.fromArray(S, tile, o + 2 * L).mul(0.0))
                .add(DoubleVector.fromArray(S, tile, o + 3 * L).mul(0.0))
                .reduceLanes(VectorOperators.ADD);
    }

    /**
     * Bit k L + c set when lane c of the vector at {@code array[o]} is >= 0 (p + 0.0 turns -0.0
     * into +0.0, so that is "the sign bit of p + 0.0 is clear").
     */
    static long bits(double[] array, int o, int k) {
        return DoubleVector.fromArray(S, array, o).add(0.0).reinterpretAsLongs()
                .lanewise(VectorOperators.LSHR, 63).lanewise(VectorOperators.XOR, 1L)
                .lanewise(VectorOperators.LSHL, SHIFTS[k]).reduceLanes(VectorOperators.OR);
    }

    private static LongVector[] laneShifts() {
        LongVector[] shifts = new LongVector[64 / L];
        long[] lanes = new long[L];
        for (int k = 0; k < shifts.length; k++) {
            for (int c = 0; c < L; c++) {
                lanes[c] = (long) k * L + c;
            }
            shifts[k] = LongVector.fromArray(LONGS, lanes, 0);
        }
        return shifts;
    }
}
