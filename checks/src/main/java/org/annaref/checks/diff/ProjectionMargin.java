package org.annaref.checks.diff;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The stated margin of the hashing differential: how far a computed projection {@code <a, x>}
 * can be from the exact one, for the reference (multiply, then add, left to right) and for the
 * twin (a fused multiply-add chain) alike.
 *
 * <p>Both are recursive summations of m products, so each result lies within
 * {@code gamma_m * sum_s |a_s x_s|} of the exact value, gamma_m = m u / (1 - m u), u = 2^-53
 * (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, section 3.1; a fused step
 * rounds once instead of twice, which only tightens the bound), plus m * 2^-1074 for products
 * that underflow. {@link #bracket} returns doubles [lo, hi] around that interval (computed
 * exactly in {@link BigDecimal}, then rounded outward): every projection either implementation
 * can return lies in it. A hash value that is the same at lo and at hi, for a function that is
 * monotone in the projection, is therefore the same in both implementations.
 */
public final class ProjectionMargin {
    private static final MathContext WIDE = new MathContext(60);
    private static final BigDecimal U = new BigDecimal(0x1p-53);
    private static final BigDecimal TINY = new BigDecimal(Double.MIN_VALUE);

    private ProjectionMargin() {
    }

    /** The exact sum over s of a[aOffset + s] * x[xOffset + s]. */
    public static BigDecimal exactDot(double[] a, int aOffset, double[] x, int xOffset, int m) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int s = 0; s < m; s++) {
            sum = sum.add(new BigDecimal(a[aOffset + s]).multiply(new BigDecimal(x[xOffset + s])));
        }
        return sum;
    }

    /** gamma_m sum |a_s x_s| + m 2^-1074, exactly. */
    public static BigDecimal margin(double[] a, int aOffset, double[] x, int xOffset, int m) {
        BigDecimal absolute = BigDecimal.ZERO;
        for (int s = 0; s < m; s++) {
            absolute = absolute.add(new BigDecimal(a[aOffset + s])
                    .multiply(new BigDecimal(x[xOffset + s])).abs());
        }
        BigDecimal mu = U.multiply(BigDecimal.valueOf(m));
        BigDecimal gamma = mu.divide(BigDecimal.ONE.subtract(mu), WIDE);
        return absolute.multiply(gamma, WIDE).add(TINY.multiply(BigDecimal.valueOf(m)));
    }

    /** {lo, hi}: doubles enclosing [exact - margin, exact + margin]. */
    public static double[] bracket(double[] a, int aOffset, double[] x, int xOffset, int m) {
        BigDecimal exact = exactDot(a, aOffset, x, xOffset, m);
        BigDecimal margin = margin(a, aOffset, x, xOffset, m);
        return new double[] {down(exact.subtract(margin)), up(exact.add(margin))};
    }

    /** The largest double at most v. */
    static double down(BigDecimal v) {
        double d = v.doubleValue();
        if (Double.isFinite(d) && new BigDecimal(d).compareTo(v) > 0) {
            d = Math.nextDown(d);
        }
        return d;
    }

    /** The smallest double at least v. */
    static double up(BigDecimal v) {
        double d = v.doubleValue();
        if (Double.isFinite(d) && new BigDecimal(d).compareTo(v) < 0) {
            d = Math.nextUp(d);
        }
        return d;
    }
}
