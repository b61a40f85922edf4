package org.annaref.spec;

/**
 * The amplification parameters of MATH.md section 2: l hash tables (OR), each keyed by z
 * functions of the LSH family (AND), and the seed every function is sampled from.
 *
 * <p>Bounds: l and z are at least 1, and l * z (the number of sampled functions) is at most
 * {@link #MAX_FUNCTIONS} so that every count the algorithms keep fits an {@code int}.
 */
public final class TableParams {
    /** The most hash functions (l * z) one run may sample. */
    public static final int MAX_FUNCTIONS = 1 << 24;

    private final /*@ spec_public @*/ int tables;
    private final /*@ spec_public @*/ int hashesPerTable;
    private final /*@ spec_public @*/ long seed;

    /*@ public invariant tables >= 1 && hashesPerTable >= 1;
      @ public invariant (\bigint) tables * hashesPerTable <= MAX_FUNCTIONS;
      @*/

    /*@ public normal_behavior
      @ requires tables >= 1 && hashesPerTable >= 1;
      @ requires (\bigint) tables * hashesPerTable <= MAX_FUNCTIONS;
      @ ensures this.tables == tables && this.hashesPerTable == hashesPerTable;
      @ ensures this.seed == seed;
      @ ensures \invariant_for(this);
      @ assignable \nothing;
      @ also
      @ public exceptional_behavior
      @ requires tables < 1 || hashesPerTable < 1
      @       || (\bigint) tables * hashesPerTable > MAX_FUNCTIONS;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * Validates l (tables) and z (hashes per table); any seed is valid. ({@code helper}: KeY
     * would otherwise demand the class invariant also when the constructor throws; the normal
     * case ensures it explicitly.)
     */
    public /*@ helper @*/ TableParams(int tables, int hashesPerTable, long seed) {
        Require.atLeastOne("tables (l)", tables);
        Require.atLeastOne("hashes per table (z)", hashesPerTable);
        long functions = (long) tables * (long) hashesPerTable;
        if (functions > MAX_FUNCTIONS) {
            throw new IllegalArgumentException(tooMany(tables, hashesPerTable, functions));
        }
        this.tables = tables;
        this.hashesPerTable = hashesPerTable;
        this.seed = seed;
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for l * z above {@link #MAX_FUNCTIONS}. */
    private static String tooMany(int tables, int hashesPerTable, long functions) {
        return "tables (l) * hashes per table (z) = " + tables + " * " + hashesPerTable + " = "
                + functions + " functions, more than " + MAX_FUNCTIONS;
    }

    /*@ public normal_behavior
      @ ensures \result == tables;
      @ assignable \strictly_nothing;
      @*/
    /** l, the number of hash tables. */
    public int tables() {
        return tables;
    }

    /*@ public normal_behavior
      @ ensures \result == hashesPerTable;
      @ assignable \strictly_nothing;
      @*/
    /** z, the number of functions concatenated into one table's bucket key. */
    public int hashesPerTable() {
        return hashesPerTable;
    }

    /*@ public normal_behavior
      @ ensures \result == seed;
      @ assignable \strictly_nothing;
      @*/
    /** The seed all l * z functions are derived from. */
    public long seed() {
        return seed;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    public String toString() {
        return "l=" + tables + ", z=" + hashesPerTable + ", seed=" + seed;
    }
}
