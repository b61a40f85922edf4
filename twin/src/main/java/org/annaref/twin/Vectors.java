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

    /**
     * dst[d + c] += srcs[u][rows[u] * len + c] for each u with rows[u] >= 0, in increasing u,
     * for c in [0, len): per element the same adds in the same order as one {@link #add} per
     * u, with dst loaded and stored once instead of once per u.
     */
    static void addRows(double[] dst, int d, double[][] srcs, int[] rows, int len) {
        int c = 0;
        for (; c + L <= len; c += L) {
            DoubleVector acc = DoubleVector.fromArray(S, dst, d + c);
            for (int u = 0; u < rows.length; u++) {
                if (rows[u] >= 0) {
                    acc = acc.add(DoubleVector.fromArray(S, srcs[u], rows[u] * len + c));
                }
            }
            acc.intoArray(dst, d + c);
        }
        for (; c < len; c++) {
            double acc = dst[d + c];
            for (int u = 0; u < rows.length; u++) {
                if (rows[u] >= 0) {
                    acc += srcs[u][rows[u] * len + c];
                }
            }
            dst[d + c] = acc;
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
