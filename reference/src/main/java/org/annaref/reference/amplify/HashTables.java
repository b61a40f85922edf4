package org.annaref.reference.amplify;

import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Require;
import org.annaref.spec.TableParams;

/**
 * The l tables g_1, ..., g_l of an LSH run (the OR of MATH.md section 2). A point pair
 * "collides in table t" when g_t gives both the same bucket key.
 *
 * <p>Sampling ({@link #sample}): function f of table t (0-based) is function number
 * u = t z + f and is drawn by {@code family.sample(dim, SplitMix64.derive(seed, u))}: each
 * function has its own sub-stream, so tables are independent and the sampling order does not
 * matter. Same family, dimension, l, z and seed: same functions, in every implementation that
 * follows this rule.
 */
public final class HashTables {
    private final /*@ spec_public @*/ TableHash[] tables;

    /*@ public invariant tables.length >= 1;
      @ public invariant (\forall int e; 0 <= e && e < tables.length;
      @             tables[e] != null && tables[e].dim == tables[0].dim);
      @*/

    /*@ public normal_behavior
      @ requires tables != null && tables.length >= 1;
      @ requires (\forall int e; 0 <= e && e < tables.length;
      @             tables[e] != null && tables[e].dim == tables[0].dim);
      @ ensures this.tables.length == tables.length;
      @ ensures (\forall int e; 0 <= e && e < tables.length; this.tables[e] == tables[e]);
      @ ensures \fresh(this.tables);
      @ assignable \nothing;
      @*/
    /** Tables given explicitly (e.g. read from an exported file); all of one dimension. */
    public HashTables(TableHash[] tables) {
        Require.notNull("tables", tables);
        Require.atLeastOne("tables (l)", tables.length);
        /*@ loop_invariant 0 <= t && t <= tables.length;
          @ decreases tables.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < tables.length; t++) {
            if (tables[t] == null) {
                throw new IllegalArgumentException(TableHash.isNull("table ", t));
            }
            if (tables[t].dim() != tables[0].dim()) {
                throw new IllegalArgumentException(TableHash.otherDimension("table ", t,
                        tables[t].dim(), tables[0].dim()));
            }
        }
        TableHash[] copy = new TableHash[tables.length];
        /*@ loop_invariant 0 <= c && c <= tables.length;
          @ loop_invariant (\forall int e; 0 <= e && e < c; copy[e] == tables[e]);
          @ decreases tables.length - c;
          @ assignable copy[*];
          @*/
        for (int c = 0; c < tables.length; c++) {
            copy[c] = tables[c];
        }
        this.tables = copy;
    }

    /*@ public normal_behavior
      @ requires family != null && dim >= 1 && params != null;
      @ ensures \result.tables.length == params.tables;
      @*/
    /** Samples l tables of z functions each from {@code family}, by the rule above. */
    public static HashTables sample(LshFamily family, int dim, TableParams params) {
        Require.notNull("family", family);
        Require.atLeastOne("dimension", dim);
        Require.notNull("table parameters", params);
        int l = params.tables();
        int z = params.hashesPerTable();
        long bytes = (long) l * z * family.bytesPerFunction(dim);
        Require.fitsInMemory("sampling " + l + " x " + z + " " + family.name()
                + " functions of dimension " + dim, bytes);
        TableHash[] tables = new TableHash[l];
        /*@ loop_invariant 0 <= t && t <= l;
          @ decreases l - t;
          @ assignable tables[*];
          @*/
        for (int t = 0; t < l; t++) {
            HashFunction[] functions = new HashFunction[z];
            /*@ loop_invariant 0 <= f && f <= z;
              @ decreases z - f;
              @ assignable functions[*];
              @*/
            for (int f = 0; f < z; f++) {
                long u = (long) t * z + f;
                functions[f] = family.sample(dim, SplitMix64.derive(params.seed(), u));
            }
            tables[t] = new TableHash(functions);
        }
        return new HashTables(tables);
    }

    /*@ public normal_behavior
      @ ensures \result == tables.length;
      @ assignable \strictly_nothing;
      @*/
    /** l, the number of tables. */
    public int count() {
        return tables.length;
    }

    /*@ public normal_behavior
      @ requires 0 <= t && t < tables.length;
      @ ensures \result == tables[t];
      @ assignable \strictly_nothing;
      @*/
    /** Table t (0-based). */
    public TableHash table(int t) {
        return tables[t];
    }

    /*@ public normal_behavior
      @ ensures \result == tables[0].dim;
      @ assignable \strictly_nothing;
      @*/
    /** The input dimension m. */
    public int dim() {
        return tables[0].dim();
    }
}
