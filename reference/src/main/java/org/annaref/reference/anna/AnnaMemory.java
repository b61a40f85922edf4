package org.annaref.reference.anna;

import org.annaref.reference.index.Tuples;
import org.annaref.spec.IntLemmas;
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
    /**
     * Estimated bytes: {@code tablesHeld} tables of {@code keys} keys plus per-query state,
     * saturating at {@code Long.MAX_VALUE} (a size past 2^63 - 1 bytes never wraps around to a
     * small or negative number, so the heap check refuses it).
     */
    public static long estimate(int queries, int keys, int valueCols, int tablesHeld,
            int keyWidth) {
        long keyBytes = 8L * keyWidth + INDEX_BYTES_PER_KEY;
        long perTable = plusAtMost(timesAtMost(keys, keyBytes),
                timesAtMost(8L * keys, valueCols));
        long perQuery = 8L * valueCols + 8L + 8L * keyWidth;
        return plusAtMost(timesAtMost(perTable, tablesHeld), timesAtMost(queries, perQuery));
    }

    /*@ normal_behavior
      @ requires a >= 0 && b >= 0;
      @ ensures \result >= 0;
      @ ensures \result == ((\bigint) a * b <= 9223372036854775807L
      @     ? (\bigint) a * b : 9223372036854775807L);
      @ assignable \strictly_nothing;
      @*/
    /** a b for a, b &gt;= 0, or Long.MAX_VALUE when the product does not fit. */
    static long timesAtMost(long a, long b) {
        if (b == 0) {
            return 0;
        }
        // Lemma calls for the proof (no run-time effect): the quotient fits, and a <= most
        // gives a b <= most b <= 2^63 - 1, a > most gives a b >= (most + 1) b > 2^63 - 1.
        IntLemmas.quotientRange(9223372036854775807L, b);
        long most = 9223372036854775807L / b;
        if (a > most) {
            IntLemmas.productAtMost(most + 1, a, b);
            return 9223372036854775807L;
        }
        IntLemmas.productAtMost(a, most, b);
        return a * b;
    }

    /*@ normal_behavior
      @ requires a >= 0 && b >= 0;
      @ ensures \result >= 0;
      @ ensures \result == ((\bigint) a + b <= 9223372036854775807L
      @     ? (\bigint) a + b : 9223372036854775807L);
      @ assignable \strictly_nothing;
      @*/
    /** a + b for a, b &gt;= 0, or Long.MAX_VALUE when the sum does not fit. */
    static long plusAtMost(long a, long b) {
        if (a > 9223372036854775807L - b) {
            return 9223372036854775807L;
        }
        return a + b;
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
