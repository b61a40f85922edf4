package org.annaref.reference.attention;

/**
 * What linear and normalized low-rank attention do when a row's denominator is 0 or negative
 * (MATH.md section 1 calls this an input error unless a policy is stated):
 * <ul>
 * <li>{@link #REJECT} (the default): throw, naming the query and the denominator;</li>
 * <li>{@link #ZERO_ROW}: output the zero vector for that query.</li>
 * </ul>
 * A negative denominator flips the sign of every weight, so the output is not an average of
 * values any more; treating it like an empty row is the only choice that stays bounded.
 */
public final class DenominatorPolicy {
    /** Throw on a denominator &lt;= 0. */
    public static final int REJECT = 0;
    /** Output zeros for a row whose denominator is &lt;= 0. */
    public static final int ZERO_ROW = 1;

    private DenominatorPolicy() {
    }

    /*@ public normal_behavior
      @ requires policy == REJECT || policy == ZERO_ROW;
      @ ensures \result == policy;
      @*/
    /** Returns {@code policy} if it is one of the constants, else throws. */
    public static int check(int policy) {
        if (policy != REJECT && policy != ZERO_ROW) {
            throw new IllegalArgumentException("denominator policy must be REJECT (0) or"
                    + " ZERO_ROW (1), got " + policy);
        }
        return policy;
    }

    /*@ public normal_behavior
      @ requires policy == REJECT || policy == ZERO_ROW;
      @ requires policy == ZERO_ROW || denominator > 0;
      @ ensures \result <==> denominator > 0;
      @*/
    /**
     * True when the row may be divided by {@code denominator}; false when the row must be zero
     * (ZERO_ROW policy); throws for REJECT.
     */
    static boolean usable(int policy, String mechanism, int query, double denominator) {
        if (denominator > 0.0) {
            return true;
        }
        if (policy == ZERO_ROW) {
            return false;
        }
        throw new IllegalArgumentException(mechanism + ": the denominator of query " + query
                + " is " + denominator + " (<= 0); use the ZERO_ROW policy to output zeros"
                + " for such rows");
    }
}
