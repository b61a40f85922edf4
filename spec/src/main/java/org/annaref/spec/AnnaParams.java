package org.annaref.spec;

/**
 * The ANNA parameters of MATH.md section 1: the near radius r &gt; 0 and the approximation
 * factor c &gt; 1. Keys within r of a query must get weight, keys beyond c r must not.
 */
public final class AnnaParams {
    private final /*@ spec_public @*/ double r;
    private final /*@ spec_public @*/ double c;

    /*@ public invariant r > 0 && c > 1;
      @*/

    /*@ public normal_behavior
      @ requires 0 < r && r <= 1.7976931348623157E308 && 1 < c && c <= 1.7976931348623157E308;
      @ requires c * r <= 1.7976931348623157E308;
      @ ensures this.r == r && this.c == c;
      @ also
      @ public exceptional_behavior
      @ requires !(0 < r && r <= 1.7976931348623157E308 && 1 < c && c <= 1.7976931348623157E308 && c * r <= 1.7976931348623157E308);
      @ signals_only IllegalArgumentException;
      @*/
    /** Validates and holds (r, c); throws naming r or c when r is not a finite positive number
     *  or c is not a finite number above 1, or when c r overflows. */
    public AnnaParams(double r, double c) {
        Require.positive("r", r);
        Require.finite("c", c);
        if (!(c > 1.0)) {
            throw new IllegalArgumentException("c must be > 1, got " + c);
        }
        Require.finite("c * r", c * r);
        this.r = r;
        this.c = c;
    }

    /*@ public normal_behavior
      @ ensures \result == r;
      @ assignable \strictly_nothing;
      @*/
    /** The near radius r. */
    public double r() {
        return r;
    }

    /*@ public normal_behavior
      @ ensures \result == c;
      @ assignable \strictly_nothing;
      @*/
    /** The approximation factor c. */
    public double c() {
        return c;
    }

    /*@ public normal_behavior
      @ ensures \result == c * r;
      @ assignable \strictly_nothing;
      @*/
    /** The far radius c r, computed once in double as {@code c * r}. */
    public double cr() {
        return c * r;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    public String toString() {
        return "r=" + r + ", c=" + c;
    }
}
