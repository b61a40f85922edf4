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

    /**
     * A cheap enclosure of {@link #bracket}, in doubles: [d - w, d + w] rounded outward, with d
     * the plainly computed dot product, S the computed sum of |a_s x_s| and
     * w = 2.02 gamma_m (S + m 2^-1074) + 2 m 2^-1074. Why it encloses the exact bracket
     * [E - g, E + g], g = gamma_m sum|a_s x_s| + m 2^-1074: d itself is a recursive sum, so
     * |d - E| <= g, hence the exact bracket lies within d +- 2 g; and the computed S of
     * non-negative terms is at least (1 - gamma_(m+1)) times the exact sum less m 2^-1074 for
     * products that underflowed, which the 1% slack (for m u < 10^-3) and the added m 2^-1074
     * absorb. Every decision the classifier takes is monotone in the bracket (a wider bracket
     * is never more "determined"), so deciding on this enclosure first and falling back to the
     * exact bracket only when it is inconclusive gives the same answers, at a fraction of the
     * BigDecimal work. Returns null (use the exact bracket) when m u is not small or a value is
     * not finite.
     */
    public static double[] outerBracket(double[] a, int aOffset, double[] x, int xOffset, int m) {
        double u = 0x1p-53;
        if (m * u >= 1e-3) {
            return null;
        }
        double d = 0.0;
        double abs = 0.0;
        for (int s = 0; s < m; s++) {
            double p = a[aOffset + s] * x[xOffset + s];
            d += p;
            abs += Math.abs(p);
        }
        double gamma = m * u / (1 - m * u);
        double tiny = m * Double.MIN_VALUE;
        double w = 2.02 * gamma * (abs + tiny) + 2 * tiny;
        double lo = Math.nextDown(d - w);
        double hi = Math.nextUp(d + w);
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !Double.isFinite(w)) {
            return null;
        }
        return new double[] {lo, hi};
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
