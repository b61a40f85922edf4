package org.annaref.spec;

/**
 * The weight-bound lemma of Theorem A.1's proof (MATH.md section 2), in integer form.
 *
 * <p>Fix a query and list its n candidate keys (those within c r). Let c_k in [0, l] be the
 * number of tables in which candidate k collided with the query, and C the sum of the c_k. If
 * no key beyond c r collided, C is the query's whole collision count, so its weight on a
 * candidate j is c_j / C. The lemma: whenever c_j &gt;= 1,
 * {@code c_j * ((n - 1) * l + 1) >= C}, i.e. w_j &gt;= tau = 1 / ((n - 1) l + 1).
 *
 * <p>Why: C = c_j + (sum of the other n - 1 counts) &lt;= c_j + (n - 1) l
 * &lt;= c_j + c_j (n - 1) l. This class computes C and its contract states the bound; KeY
 * proves it (proofs/contracts/required.txt), also under Java's overflow semantics. (The
 * contracts state the int range of some parameters: KeY's default semantics, which ignores
 * overflow, treats an int as unbounded.)
 */
public final class WeightBound {
    private WeightBound() {
    }

    /*@ public normal_behavior
      @ requires counts != null && 0 <= j && j < counts.length && counts.length <= 2147483647;
      @ requires 1 <= tables && tables <= 2147483647;
      @ requires (\forall int k; 0 <= k && k < counts.length;
      @               0 <= counts[k] && counts[k] <= tables);
      @ requires counts[j] >= 1;
      @ ensures \result == (\sum int k; 0 <= k && k < counts.length; (\bigint) counts[k]);
      @ ensures (\bigint) counts[j] * ((\bigint) (counts.length - 1) * tables + 1) >= \result;
      @ assignable \strictly_nothing;
      @*/
    /**
     * Returns C, the sum of {@code counts} (the collision counts of one query's candidates),
     * under the lemma's hypotheses: every count in [0, tables] and {@code counts[j] >= 1}.
     */
    public static long collisionTotal(int[] counts, int j, int tables) {
        long total = 0;
        /*@ loop_invariant 0 <= i && i <= counts.length;
          @ loop_invariant total == (\sum int k; 0 <= k && k < i; (\bigint) counts[k]);
          @ loop_invariant 0 <= total && total <= (\bigint) i * 2147483647;
          @ loop_invariant total - (j < i ? counts[j] : 0)
          @                    <= (\bigint) (j < i ? i - 1 : i) * tables;
          @ decreases counts.length - i;
          @ assignable \strictly_nothing;
          @*/
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
        }
        // (n - 1) l <= (2^31 - 1) l <= (2^31 - 1)^2, so the long product below cannot overflow.
        IntLemmas.productNonNegative(2147483647 - (counts.length - 1), tables);
        // The one nonlinear step, c_j (n - 1) l >= (n - 1) l, as (c_j - 1) (n - 1) l >= 0.
        IntLemmas.productNonNegative(counts.length - 1, tables);
        IntLemmas.productNonNegative(counts[j] - 1, (long) (counts.length - 1) * tables);
        return total;
    }

    /*@ public normal_behavior
      @ requires candidates >= 1 && tables >= 1 && count >= 0 && total >= 0;
      @ requires candidates <= 2147483647 && tables <= 2147483647;
      @ ensures \result <==> (\bigint) count * ((\bigint) (candidates - 1) * tables + 1) >= total;
      @ assignable \strictly_nothing;
      @*/
    /**
     * The bound as a test on one weight c / C: true iff
     * {@code count * ((candidates - 1) * tables + 1) >= total}, evaluated without overflow
     * (the product can exceed a long; the test divides instead: C &lt;= c x iff
     * (C - 1) / x &lt; c for C &gt;= 1).
     */
    public static boolean meetsBound(int count, long total, int candidates, int tables) {
        // Lemma calls for the proof (no run-time effect): 0 <= (n - 1) l <= (2^31 - 1)^2, so
        // the long products below fit; further down, the quotient lies in [0, total - 1].
        IntLemmas.productNonNegative(2147483647 - (candidates - 1), tables);
        IntLemmas.productNonNegative(candidates - 1, tables);
        if (total == 0) {
            IntLemmas.productNonNegative(count, (long) (candidates - 1) * tables);
            return true;
        }
        long x = (long) (candidates - 1) * tables + 1;
        IntLemmas.quotientRange(total - 1, x);
        long quotient = (total - 1) / x;
        // (total - 1) / x < count iff count * x >= total; each direction is one product of
        // non-negative factors: (count - quotient - 1) x >= 0, resp. (quotient - count) x >= 0.
        if (quotient < count) {
            IntLemmas.productNonNegative(count - quotient - 1, x);
            return true;
        }
        IntLemmas.productNonNegative(quotient - count, x);
        return false;
    }
}
