package org.annaref.checks;

import org.annaref.spec.Matrix;

/** Bit-for-bit comparison of doubles: the equality the summation-order readings promise. */
public final class Bits {
    private Bits() {
    }

    /** True when both matrices have the same shape and the same IEEE bits in every entry. */
    public static boolean identical(Matrix a, Matrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            return false;
        }
        double[] x = a.toArray();
        double[] y = b.toArray();
        for (int i = 0; i < x.length; i++) {
            if (Double.doubleToRawLongBits(x[i]) != Double.doubleToRawLongBits(y[i])) {
                return false;
            }
        }
        return true;
    }
}
