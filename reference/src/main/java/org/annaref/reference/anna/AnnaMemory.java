package org.annaref.reference.anna;

import org.annaref.reference.index.Tuples;
import org.annaref.spec.Require;

/**
 * The working memory of an ANNA run, estimated from sizes alone so that a run that cannot fit is
 * refused before any function is sampled or any key hashed.
 *
 * <p>Per built table: the N bucket keys (8 bytes per word), the index (order, position-to-bucket
 * map, bounds, flags: 13 bytes per key) and the bucket value sums (at most N m_v doubles). Per
 * query: the running (S_i, C_i) and one bucket key. Algorithm 1 holds all l tables, Algorithm 2
 * one at a time.
 */
public final class AnnaMemory {
    private static final long INDEX_BYTES_PER_KEY = 13L;

    private AnnaMemory() {
    }

    /*@ public normal_behavior
      @ requires queries >= 0 && keys >= 0 && valueCols >= 1 && tablesHeld >= 1;
      @ requires keyWidth >= 1;
      @ ensures \result >= 0;
      @ assignable \strictly_nothing;
      @*/
    /** Estimated bytes: {@code tablesHeld} tables of {@code keys} keys plus per-query state. */
    public static long estimate(int queries, int keys, int valueCols, int tablesHeld,
            int keyWidth) {
        long perTable = (long) keys * (8L * keyWidth + INDEX_BYTES_PER_KEY)
                + 8L * keys * valueCols;
        long perQueries = (long) queries * (8L * valueCols + 8L + 8L * keyWidth);
        productNonNegative(keys, tablesHeld);
        productNonNegative((long) keys * tablesHeld, keyWidth);
        productNonNegative((long) keys * tablesHeld, valueCols);
        productNonNegative(queries, keyWidth);
        productNonNegative(queries, valueCols);
        return perTable * tablesHeld + perQueries;
    }

    /*@ private normal_behavior
      @ requires a >= 0 && b >= 0;
      @ ensures (\bigint) a * b >= 0;
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): a product of non-negative numbers is non-negative. */
    private static void productNonNegative(long a, long b) {
    }

    /*@ public behavior
      @ requires queries >= 0 && keys >= 0 && valueCols >= 1 && tablesHeld >= 1;
      @ requires keyWidth >= 1;
      @ ensures true;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * Throws unless bucket keys of {@code keyWidth} words fit one array for max(queries, keys)
     * points and the estimate fits the heap; {@code tablesHeld} is l for Algorithm 1, 1 for
     * Algorithm 2 ({@code tables} names the run in the message).
     */
    public static void require(int queries, int keys, int valueCols, int tables, int tablesHeld,
            int keyWidth) {
        Tuples.requireFits("bucket keys", Math.max(queries, keys), keyWidth);
        Require.fitsInMemory("ANNA with " + tables + " tables over " + keys + " keys",
                estimate(queries, keys, valueCols, tablesHeld, keyWidth));
    }
}
