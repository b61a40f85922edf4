package org.annaref.spec;

import org.annaref.bridge.JdkMath;

/**
 * (r, cr, p1, p2)-sensitivity of an LSH family (MATH.md section 2): pairs within r collide with
 * probability at least p1, pairs farther than cr with probability at most p2. Its quality is
 * rho = ln(1/p1) / ln(1/p2).
 */
public final class Sensitivity {
    private final /*@ spec_public @*/ double r;
    private final /*@ spec_public @*/ double cr;
    private final /*@ spec_public @*/ double p1;
    private final /*@ spec_public @*/ double p2;

    /*@ public invariant 0 < r && r < cr && 0 <= p2 && p2 <= p1 && p1 <= 1;
      @*/

    /*@ public normal_behavior
      @ requires 0 < r && r < cr && cr <= 1.7976931348623157E308 && 0 <= p2 && p2 <= p1 && p1 <= 1;
      @ ensures this.r == r && this.cr == cr && this.p1 == p1 && this.p2 == p2;
      @ also
      @ public exceptional_behavior
      @ requires !(0 < r && r < cr && cr <= 1.7976931348623157E308 && 0 <= p2 && p2 <= p1 && p1 <= 1);
      @ signals_only IllegalArgumentException;
      @*/
    /** Validates 0 &lt; r &lt; cr and 0 &lt;= p2 &lt;= p1 &lt;= 1. */
    public Sensitivity(double r, double cr, double p1, double p2) {
        Require.positive("r", r);
        Require.positive("cr", cr);
        if (!(r < cr)) {
            throw new IllegalArgumentException("cr must exceed r, got r=" + r + ", cr=" + cr);
        }
        Require.probability("p1", p1);
        Require.probability("p2", p2);
        if (!(p2 <= p1)) {
            throw new IllegalArgumentException("p2 must not exceed p1, got p1=" + p1 + ", p2="
                    + p2);
        }
        this.r = r;
        this.cr = cr;
        this.p1 = p1;
        this.p2 = p2;
    }

    /*@ public normal_behavior
      @ ensures \result == r || (\result != \result && r != r);
      @ assignable \strictly_nothing;
      @*/
    /** The near radius r. */
    public double r() {
        return r;
    }

    /*@ public normal_behavior
      @ ensures \result == cr || (\result != \result && cr != cr);
      @ assignable \strictly_nothing;
      @*/
    /** The far radius cr. */
    public double cr() {
        return cr;
    }

    /*@ public normal_behavior
      @ ensures \result == p1 || (\result != \result && p1 != p1);
      @ assignable \strictly_nothing;
      @*/
    /** Least collision probability within r. */
    public double p1() {
        return p1;
    }

    /*@ public normal_behavior
      @ ensures \result == p2 || (\result != \result && p2 != p2);
      @ assignable \strictly_nothing;
      @*/
    /** Greatest collision probability beyond cr. */
    public double p2() {
        return p2;
    }

    /*@ public normal_behavior
      @ ensures \result >= 0;
      @*/
    /**
     * rho = ln(1/p1) / ln(1/p2). Edge cases, by continuity: 0 when p1 = 1 or p2 = 0 (a perfect
     * separation), 1 when p1 = p2 (no separation, including p1 = p2 = 1 or 0).
     */
    public double rho() {
        if (p1 == p2) {
            return 1.0;
        }
        if (p1 == 1.0 || p2 == 0.0) {
            return 0.0;
        }
        return JdkMath.log(p1) / JdkMath.log(p2);
    }

    /*@ public normal_behavior
      @ requires distance >= 0 && 0 <= probability && probability <= 1;
      @ ensures \result <==> ((distance <= r ==> probability >= p1)
      @                    && (distance > cr ==> probability <= p2));
      @ assignable \strictly_nothing;
      @*/
    /** True when a pair at {@code distance} colliding with {@code probability} is consistent
     *  with this sensitivity (no condition applies between r and cr). */
    public boolean holdsAt(double distance, double probability) {
        if (distance <= r && probability < p1) {
            return false;
        }
        return !(distance > cr && probability > p2);
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    public String toString() {
        return "(r=" + r + ", cr=" + cr + ", p1=" + p1 + ", p2=" + p2 + ")";
    }
}
