package org.annaref.reference.amplify;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Require;
import org.annaref.spec.Sensitivity;
import org.annaref.spec.TableParams;

/**
 * The parameter chooser of Theorem A.1 (MATH.md section 2), for N keys and an
 * (r, cr, p1, p2)-sensitive family:
 * <ul>
 * <li>z = ceil(ln(10 N^3) / ln(1/p2)), so that p2^z &lt;= 0.1 / N^3;</li>
 * <li>phi = 0.1 / N^(1 - 3 rho), rho = ln(1/p1) / ln(1/p2);</li>
 * <li>l = ceil(ln(N^2 / phi) / -ln(1 - p1^z)), so that N^2 (1 - p1^z)^l &lt;= phi.</li>
 * </ul>
 * The theorem needs c &gt; sqrt(3) and rho &lt; 1/3; the chooser refuses other inputs with a
 * message (set z and l by hand with {@link TableParams} instead). Logarithms are taken before
 * any power, so N^3 never overflows.
 *
 * <p>It also reports the failure bound its (z, l) give through the proof's union bound:
 * near part N^2 (1 - p1^z)^l (some near pair never collides) plus far part l N^2 p2^z (some far
 * pair collides somewhere): {@link #deltaBound()}.
 */
public final class TheoremParameters {
    /** The most tables the chooser will propose. */
    public static final int MAX_TABLES = 1 << 22;
    /** sqrt(3): Theorem A.1 needs c above it. */
    public static final double SQRT_3 = 1.7320508075688772935;
    private static final double LN_10 = 2.3025850929940456840;

    private final /*@ spec_public @*/ int keys;
    private final /*@ spec_public @*/ double p1;
    private final /*@ spec_public @*/ double p2;
    private final /*@ spec_public @*/ double rho;
    private final /*@ spec_public @*/ double phi;
    private final /*@ spec_public @*/ int hashesPerTable;
    private final /*@ spec_public @*/ int tables;

    /*@ public invariant keys >= 1 && 0 < p2 && p2 < p1 && p1 < 1;
      @ public invariant 1 <= hashesPerTable && 1 <= tables;
      @ public invariant (long) tables * hashesPerTable <= TableParams.MAX_FUNCTIONS;
      @ public invariant rho < 1.0 / 3.0 && 0 <= phi;
      @*/

    private TheoremParameters(int keys, double p1, double p2, double rho, double phi,
            int hashesPerTable, int tables) {
        this.keys = keys;
        this.p1 = p1;
        this.p2 = p2;
        this.rho = rho;
        this.phi = phi;
        this.hashesPerTable = hashesPerTable;
        this.tables = tables;
    }

    /*@ public exceptional_behavior
      @ requires keys < 1 || !(c > SQRT_3) || !(0 < p2 && p2 < p1 && p1 < 1);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @ also
      @ public behavior
      @ ensures \result.keys == keys && \result.p1 == p1 && \result.p2 == p2;
      @ ensures 1 <= \result.hashesPerTable && \result.hashesPerTable <= TableParams.MAX_FUNCTIONS;
      @ ensures 1 <= \result.tables && \result.tables <= MAX_TABLES;
      @ ensures (long) \result.tables * \result.hashesPerTable <= TableParams.MAX_FUNCTIONS;
      @ ensures \fresh(\result);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * The theorem's (z, l) for {@code keys} = N &gt;= 1, approximation factor c and the family's
     * p1 = p(r), p2 = p(cr); throws when the theorem does not apply.
     */
    public static TheoremParameters choose(int keys, double c, double p1, double p2) {
        Require.atLeastOne("N (number of keys)", keys);
        Require.finite("c", c);
        if (!(c > SQRT_3)) {
            throw new IllegalArgumentException("Theorem A.1 needs c > sqrt(3) = " + SQRT_3
                    + ", got c = " + c + "; choose the tables (l) and hashes per table (z)"
                    + " by hand");
        }
        Require.probability("p1", p1);
        Require.probability("p2", p2);
        if (!(0.0 < p2 && p2 < p1 && p1 < 1.0)) {
            throw new IllegalArgumentException("Theorem A.1 needs 0 < p2 < p1 < 1, got p1 = "
                    + p1 + ", p2 = " + p2 + "; choose l and z by hand");
        }
        double rho = new Sensitivity(1.0, c, p1, p2).rho();
        if (!(rho < 1.0 / 3.0)) {
            throw new IllegalArgumentException("Theorem A.1 needs rho = ln(1/p1)/ln(1/p2) < 1/3,"
                    + " got rho = " + rho + " (p1 = " + p1 + ", p2 = " + p2 + "); choose l and"
                    + " z by hand or use a family with better rho at this c");
        }
        double lnN = JdkMath.log(keys);
        int z = ceilToCount("hashes per table z", (LN_10 + 3.0 * lnN) / -JdkMath.log(p2),
                TableParams.MAX_FUNCTIONS);
        double lnPhi = JdkMath.log(0.1) - (1.0 - 3.0 * rho) * lnN;
        double p1z = JdkMath.pow(p1, z);
        double perTable = -JdkMath.log1p(-p1z);
        if (!(perTable > 0.0)) {
            throw new IllegalArgumentException("p1^z = " + p1 + "^" + z + " underflows: the"
                    + " theorem would need unboundedly many tables; choose l and z by hand");
        }
        int l = ceilToCount("tables l", (2.0 * lnN - lnPhi) / perTable, MAX_TABLES);
        if ((long) l * z > TableParams.MAX_FUNCTIONS) {
            throw new IllegalArgumentException("Theorem A.1 asks for l * z = " + l + " * " + z
                    + " functions, more than " + TableParams.MAX_FUNCTIONS
                    + "; choose l and z by hand");
        }
        return new TheoremParameters(keys, p1, p2, rho, JdkMath.exp(lnPhi), z, l);
    }

    /*@ public exceptional_behavior
      @ requires family != null && params != null && !family.hasClosedForm();
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @ also
      @ public behavior
      @ requires family != null && params != null && dim >= 1;
      @ ensures \result.keys == keys;
      @ ensures 1 <= \result.hashesPerTable && 1 <= \result.tables;
      @ ensures (long) \result.tables * \result.hashesPerTable <= TableParams.MAX_FUNCTIONS;
      @ ensures \fresh(\result);
      @ signals_only IllegalArgumentException;
      @*/
    /** {@link #choose} with p1 = p(r) and p2 = p(cr) from the family's closed form. */
    public static TheoremParameters forFamily(LshFamily family, AnnaParams params, int keys,
            int dim) {
        Require.notNull("family", family);
        Require.notNull("ANNA parameters", params);
        if (!family.hasClosedForm()) {
            throw new IllegalArgumentException("the " + family.name() + " family has no closed"
                    + "-form p(d), so Theorem A.1's parameters cannot be computed; choose l and"
                    + " z by hand");
        }
        double p1 = family.collisionProbabilityAtDistance(params.r(), dim);
        double p2 = family.collisionProbabilityAtDistance(params.cr(), dim);
        return choose(keys, params.c(), p1, p2);
    }

    /*@ public behavior
      @ requires max >= 1;
      @ ensures 1 <= \result && \result <= max;
      @ signals_only IllegalArgumentException;
      @ signals (IllegalArgumentException) !(-1.7976931348623157E308 <= x && x <= 1.7976931348623157E308) || x > max;
      @*/
    /** ceil(x) as a count in [1, max]; throws naming {@code what} when x is not finite or too big. */
    static int ceilToCount(String what, double x, int max) {
        if (!JdkMath.isFinite(x) || JdkMath.ceil(x) > max) {
            throw new IllegalArgumentException("Theorem A.1 asks for " + what + " = ceil(" + x
                    + "), more than " + max + "; choose l and z by hand");
        }
        return clampToCount((int) JdkMath.ceil(x), max);
    }

    /*@ public normal_behavior
      @ requires 1 <= max && value <= max;
      @ ensures 1 <= \result && \result <= max;
      @ ensures value >= 1 ==> \result == value;
      @ ensures value < 1 ==> \result == 1;
      @ assignable \strictly_nothing;
      @*/
    /**
     * The integer part of {@link #ceilToCount}: a ceiling already known to be at most
     * {@code max}, raised to at least 1. (No arithmetic, so nothing can overflow.)
     */
    static int clampToCount(int value, int max) {
        return value < 1 ? 1 : value;
    }

    /*@ public normal_behavior
      @ ensures \result == keys;
      @ assignable \strictly_nothing;
      @*/
    /** N, the number of keys the parameters are for. */
    public int keys() {
        return keys;
    }

    /*@ public normal_behavior
      @ ensures \result == hashesPerTable;
      @ assignable \strictly_nothing;
      @*/
    /** z, hashes per table. */
    public int hashesPerTable() {
        return hashesPerTable;
    }

    /*@ public normal_behavior
      @ ensures \result == tables;
      @ assignable \strictly_nothing;
      @*/
    /** l, the number of tables. */
    public int tables() {
        return tables;
    }

    /*@ public normal_behavior
      @ ensures \result == rho || (\result != \result && rho != rho);
      @ assignable \strictly_nothing;
      @*/
    /** rho = ln(1/p1) / ln(1/p2). */
    public double rho() {
        return rho;
    }

    /*@ public normal_behavior
      @ ensures \result == phi || (\result != \result && phi != phi);
      @ assignable \strictly_nothing;
      @*/
    /** phi = 0.1 / N^(1 - 3 rho), the near-failure target. */
    public double phi() {
        return phi;
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** N^2 (1 - p1^z)^l: bound on the chance that some near pair never collides. */
    public double nearFailureBound() {
        double lnN = JdkMath.log(keys);
        return JdkMath.exp(2.0 * lnN + tables * JdkMath.log1p(-JdkMath.pow(p1, hashesPerTable)));
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** l N^2 p2^z: bound on the chance that some far pair collides in some table. */
    public double farFailureBound() {
        double lnN = JdkMath.log(keys);
        return JdkMath.exp(JdkMath.log(tables) + 2.0 * lnN + hashesPerTable * JdkMath.log(p2));
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /**
     * The failure probability the theorem states for these parameters: phi for the near part plus
     * 0.1 / N^(1 - 3 rho) for the far part, i.e. 2 phi. The proof gets the far part from
     * l N^2 p2^z &lt;= 0.1 l / N &lt;= 0.1 / N^(1 - 3 rho), which takes l &lt;= N^(3 rho) and drops
     * the logarithmic factor of l; {@link #deltaBound()} is the exact union bound instead, and can
     * be larger (even above 1 for small N).
     */
    public double statedDelta() {
        return 2.0 * phi;
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** The union bound on the failure probability delta: near part plus far part. */
    public double deltaBound() {
        return nearFailureBound() + farFailureBound();
    }

    /*@ public normal_behavior
      @ ensures \result.tables == tables && \result.hashesPerTable == hashesPerTable;
      @ ensures \result.seed == seed;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** These (l, z) with a seed. */
    public TableParams toTableParams(long seed) {
        return new TableParams(tables, hashesPerTable, seed);
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    public String toString() {
        return "Theorem A.1 parameters for N=" + keys + ": z=" + hashesPerTable + ", l="
                + tables + " (p1=" + p1 + ", p2=" + p2 + ", rho=" + rho + ", delta <= "
                + deltaBound() + ")";
    }
}
