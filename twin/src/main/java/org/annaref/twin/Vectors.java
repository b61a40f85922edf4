package org.annaref.twin;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Element-wise vector loops. Each element gets exactly the IEEE operation the scalar code
 * would do (a lane-wise add is a scalar add per element), so these keep the reference's
 * summation order and its bits: only the number of elements done per instruction changes.
 */
final class Vectors {
    private static final VectorSpecies<Double> S = Lanes.SPECIES;
    private static final int L = Lanes.LANES;

    private Vectors() {
    }

    /** dst[d + c] += src[s + c] for c in [0, len). */
    static void add(double[] dst, int d, double[] src, int s, int len) {
        int c = 0;
        for (; c + L <= len; c += L) {
            DoubleVector.fromArray(S, dst, d + c).add(DoubleVector.fromArray(S, src, s + c))
                    .intoArray(dst, d + c);
        }
        for (; c < len; c++) {
            dst[d + c] += src[s + c];
        }
    }

    /** dst[d + c] = src[s + c] / divisor for c in [0, len). */
    static void divide(double[] dst, int d, double[] src, int s, int len, double divisor) {
        int c = 0;
        for (; c + L <= len; c += L) {
            DoubleVector.fromArray(S, src, s + c).div(divisor).intoArray(dst, d + c);
        }
        for (; c < len; c++) {
            dst[d + c] = src[s + c] / divisor;
        }
    }
}
