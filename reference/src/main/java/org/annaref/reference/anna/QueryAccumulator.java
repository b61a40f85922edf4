package org.annaref.reference.anna;

import org.annaref.spec.Matrix;

/**
 * The per-query running totals of Algorithms 1 and 2: S_i (a value-width vector) and C_i.
 *
 * <p>Summation order (part of the specification): S_i starts at +0.0 and receives the bucket
 * sums S_t[g_t(q_i)] in increasing table index t; C_i likewise. Both algorithms add in exactly
 * this order, so their outputs are identical doubles. out_i = S_i / C_i coordinate-wise, or the
 * zero vector when C_i = 0 (no key collided with q_i in any table).
 */
final class QueryAccumulator {
    private final /*@ spec_public @*/ double[] sums;
    private final /*@ spec_public @*/ long[] counts;
    private final /*@ spec_public @*/ int valueCols;

    /*@ public normal_behavior
      @ requires queries >= 0 && valueCols >= 1;
      @ ensures this.valueCols == valueCols && this.counts.length == queries;
      @*/
    QueryAccumulator(int queries, int valueCols) {
        long entries = (long) queries * valueCols;
        if (entries > Matrix.MAX_ENTRIES) {
            throw new IllegalArgumentException(queries + " queries x " + valueCols
                    + " value columns is more than one array holds");
        }
        this.sums = new double[queries * valueCols];
        this.counts = new long[queries];
        this.valueCols = valueCols;
    }

    /** Adds bucket {@code bucket} of {@code table} to query i's totals. */
    void add(int query, BucketTable table, int bucket) {
        int base = query * valueCols;
        /*@ loop_invariant 0 <= t && t <= valueCols;
          @ decreases valueCols - t;
          @ assignable sums[*];
          @*/
        for (int t = 0; t < valueCols; t++) {
            sums[base + t] += table.sum(bucket, t);
        }
        counts[query] += table.count(bucket);
    }

    /** C_i. */
    long count(int query) {
        return counts[query];
    }

    /** The outputs S_i / C_i (zero rows where C_i = 0). */
    Matrix output() {
        int queries = counts.length;
        double[] out = new double[sums.length];
        /*@ loop_invariant 0 <= i && i <= queries;
          @ decreases queries - i;
          @ assignable out[*];
          @*/
        for (int i = 0; i < queries; i++) {
            if (counts[i] > 0) {
                double c = (double) counts[i];
                /*@ loop_invariant 0 <= t && t <= valueCols;
                  @ decreases valueCols - t;
                  @ assignable out[*];
                  @*/
                for (int t = 0; t < valueCols; t++) {
                    out[i * valueCols + t] = sums[i * valueCols + t] / c;
                }
            }
        }
        return new Matrix("ANNA output", queries, valueCols, out);
    }
}
