package org.annaref.reference.amplify;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.Require;
import org.annaref.spec.TableParams;

/**
 * (z, l) for a target failure probability delta, from the union bound in Theorem A.1's proof
 * taken over all P = (queries x keys) pairs in the worst case (every pair at distance exactly r
 * or just beyond c r):
 * <pre>
 *   P (1 - p1^z)^l  +  l P p2^z  &lt;=  delta.
 * </pre>
 * For z = 1, 2, ...: l(z) = ceil(ln(2 P / delta) / -ln(1 - p1^z)) makes the near part at most
 * delta / 2; the first z whose far part l(z) P p2^z is at most delta / 2 is chosen (l(z) grows
 * with z, so the first feasible z also has the fewest tables). Unlike {@link TheoremParameters}
 * it needs no c &gt; sqrt(3) or rho &lt; 1/3: it is the same bound, made to hold for the given
 * delta on any family with 0 &lt; p2 &lt; p1 &lt; 1.
 */
public final class UnionBoundParameters {
    /** The largest z tried. */
    public static final int MAX_Z = 4096;

    private final /*@ spec_public @*/ int hashesPerTable;
    private final /*@ spec_public @*/ int tables;
    private final /*@ spec_public @*/ double nearBound;
    private final /*@ spec_public @*/ double farBound;

    /*@ public invariant hashesPerTable >= 1 && tables >= 1;
      @*/

    private UnionBoundParameters(int hashesPerTable, int tables, double nearBound,
            double farBound) {
        this.hashesPerTable = hashesPerTable;
        this.tables = tables;
        this.nearBound = nearBound;
        this.farBound = farBound;
    }

    /*@ public normal_behavior
      @ requires pairs >= 1 && 0 < delta && delta < 1 && 0 < p2 && p2 < p1 && p1 < 1;
      @ ensures \result.hashesPerTable >= 1 && \result.tables >= 1;
      @*/
    /**
     * The least-table (z, l) whose worst-case bound over {@code pairs} query-key pairs is at most
     * {@code delta}; throws when no z up to {@link #MAX_Z} with l up to
     * {@link TheoremParameters#MAX_TABLES} and l z up to {@link TableParams#MAX_FUNCTIONS}
     * achieves it.
     */
    public static UnionBoundParameters choose(long pairs, double p1, double p2, double delta) {
        if (pairs < 1) {
            throw new IllegalArgumentException("the number of query-key pairs must be >= 1, got "
                    + pairs);
        }
        Require.probability("p1", p1);
        Require.probability("p2", p2);
        if (!(0.0 < p2 && p2 < p1 && p1 < 1.0)) {
            throw new IllegalArgumentException("the union bound needs 0 < p2 < p1 < 1, got p1 = "
                    + p1 + ", p2 = " + p2 + "; choose l and z by hand");
        }
        if (!(delta > 0.0 && delta < 1.0)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        double lnPairs = JdkMath.log((double) pairs);
        double lnNearTarget = JdkMath.log(2.0) + lnPairs - JdkMath.log(delta);
        /*@ loop_invariant 1 <= z && z <= MAX_Z + 1;
          @ decreases MAX_Z + 1 - z;
          @ assignable \strictly_nothing;
          @*/
        for (int z = 1; z <= MAX_Z; z++) {
            double perTable = -JdkMath.log1p(-JdkMath.pow(p1, z));
            if (!(perTable > 0.0)) {
                break;
            }
            double l = JdkMath.ceil(lnNearTarget / perTable);
            if (l > TheoremParameters.MAX_TABLES) {
                break;
            }
            int tables = l < 1.0 ? 1 : (int) l;
            if ((long) tables * z > TableParams.MAX_FUNCTIONS) {
                break;
            }
            double far = JdkMath.exp(JdkMath.log(tables) + lnPairs + z * JdkMath.log(p2));
            if (far <= delta / 2.0) {
                double near = JdkMath.exp(lnPairs + tables * JdkMath.log1p(-JdkMath.pow(p1, z)));
                return new UnionBoundParameters(z, tables, near, far);
            }
        }
        throw new IllegalArgumentException("no z <= " + MAX_Z + " with at most "
                + TableParams.MAX_FUNCTIONS + " functions in all brings the union bound over "
                + pairs
                + " pairs below delta = " + delta + " (p1 = " + p1 + ", p2 = " + p2
                + "); choose l and z by hand");
    }

    /*@ public normal_behavior
      @ ensures \result == hashesPerTable;
      @ assignable \strictly_nothing;
      @*/
    /** z. */
    public int hashesPerTable() {
        return hashesPerTable;
    }

    /*@ public normal_behavior
      @ ensures \result == tables;
      @ assignable \strictly_nothing;
      @*/
    /** l. */
    public int tables() {
        return tables;
    }

    /*@ public normal_behavior
      @ ensures \result == nearBound + farBound;
      @ assignable \strictly_nothing;
      @*/
    /** The bound P (1 - p1^z)^l + l P p2^z these parameters achieve. */
    public double deltaBound() {
        return nearBound + farBound;
    }

    /*@ public normal_behavior
      @ requires true;
      @ ensures \result.tables == tables && \result.hashesPerTable == hashesPerTable;
      @*/
    /** These (l, z) with a seed. */
    public TableParams toTableParams(long seed) {
        return new TableParams(tables, hashesPerTable, seed);
    }
}
