package org.annaref.spec;

/**
 * Lemma methods for KeY's proofs: empty methods whose contracts state one non-linear fact about
 * integers, which the code calls (with no run-time effect) where a proof needs that fact.
 * KeY's default arithmetic never multiplies two inequalities, so a product's sign or order
 * has to be handed to it this way; each lemma's own proof is one short step.
 */
public final class IntLemmas {
    private IntLemmas() {
    }

    /*@ public normal_behavior
      @ requires a >= 0 && b >= 0;
      @ ensures (\bigint) a * b >= 0;
      @ assignable \strictly_nothing;
      @*/
    /** A product of two non-negative numbers is non-negative. */
    public static void productNonNegative(long a, long b) {
    }

    /*@ public normal_behavior
      @ requires 0 <= x && x <= y && m >= 0;
      @ ensures (\bigint) x * m <= (\bigint) y * m;
      @ assignable \strictly_nothing;
      @*/
    /** 0 &lt;= x &lt;= y and m &gt;= 0 imply x m &lt;= y m. */
    public static void productAtMost(long x, long y, long m) {
        productNonNegative(y - x, m);
    }

    /*@ public normal_behavior
      @ requires a >= 0 && b >= 1;
      @ ensures 0 <= (\bigint) a / b && (\bigint) a / b <= a;
      @ assignable \strictly_nothing;
      @*/
    /**
     * The quotient a / b of a &gt;= 0 by b &gt;= 1 lies in [0, a]. Called before the division,
     * so that under overflow checking its result is known to fit (proven with KeY's complete
     * non-linear arithmetic, which this fact needs).
     */
    public static void quotientRange(long a, long b) {
    }
}
