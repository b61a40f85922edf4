package org.annaref.reference.mpc;

import org.annaref.spec.IntLemmas;

/**
 * The accounting of one MPC round on plain counts, apart from the machines' computations, so
 * that KeY proves it: the delivery limits ({@link #checkDeliveries}) and what the statistics
 * record ({@link #record}). Machine i kept {@code kept[i]} words after its local computation,
 * sent {@code sent[i]} words, is sent {@code received[i]} words, and holds {@code held[i]}
 * words after delivery.
 *
 * <p>The proven facts: a delivery check that returns normally leaves every machine receiving
 * at most s words and holding at most s words after delivery; recording counts of at most s
 * keeps the statistics' maxima at most s and sets the machines used to the number of machines
 * ever touched (so at most q). {@link MpcSimulator#round} passes the counts it measured.
 */
final class RoundLedger {
    private RoundLedger() {
    }

    /*@ normal_behavior
      @ requires s >= 1 && kept != null && received != null && kept.length == received.length;
      @ requires (\forall int i; 0 <= i && i < kept.length; 0 <= kept[i] && kept[i] <= s);
      @ requires (\forall int i; 0 <= i && i < kept.length;
      @            received[i] <= s && kept[i] + received[i] <= s);
      @ assignable \nothing;
      @ also exceptional_behavior
      @ requires s >= 1 && kept != null && received != null && kept.length == received.length;
      @ requires (\forall int i; 0 <= i && i < kept.length; 0 <= kept[i] && kept[i] <= s);
      @ requires (\forall int i; 0 <= i && i < kept.length;
      @            0 <= received[i] && received[i] <= 2147483647);
      @ requires (\exists int i; 0 <= i && i < kept.length;
      @            received[i] > s || kept[i] + received[i] > s);
      @ signals_only MpcLimitException;
      @ assignable \nothing;
      @*/
    /**
     * Received &lt;= s, then kept plus received &lt;= s, machine by machine in id order: throws
     * {@link MpcLimitException} (kind received or held after delivery) at the first machine
     * over a limit. A machine that receives nothing already passed the kept check. (The
     * throwing case states the int range of {@code received}: under overflow checking KeY
     * does not find it for array elements by itself.)
     */
    static void checkDeliveries(int number, int s, int[] kept, int[] received) {
        /*@ loop_invariant 0 <= i && i <= received.length;
          @ loop_invariant (\forall int j; 0 <= j && j < i;
          @                   received[j] <= s && kept[j] + received[j] <= s);
          @ decreases received.length - i;
          @ assignable \nothing;
          @*/
        for (int i = 0; i < received.length; i++) {
            if (received[i] > 0) {
                MpcLimits.check(number, i, MpcLimitException.RECEIVED, received[i], s);
                MpcLimits.check(number, i, MpcLimitException.HELD_AFTER_DELIVERY,
                        (long) kept[i] + received[i], s);
            }
        }
    }

    /*@ normal_behavior
      @ requires statistics != null && touched != null && held != null && sent != null;
      @ requires received != null && s >= 1 && \invariant_for(statistics);
      @ requires touched.length == held.length && sent.length == held.length;
      @ requires received.length == held.length;
      @ requires (Object) touched != (Object) held && (Object) touched != (Object) sent;
      @ requires (Object) touched != (Object) received;
      @ requires (\forall int i; 0 <= i && i < held.length;
      @            0 <= held[i] && held[i] <= s && 0 <= sent[i] && sent[i] <= s
      @            && 0 <= received[i] && received[i] <= s);
      @ requires statistics.maxHeld <= s && statistics.maxSent <= s;
      @ requires statistics.maxReceived <= s;
      @ requires statistics.totalCommunicated
      @     <= 9223372036854775807L - (\bigint) held.length * s;
      @ ensures statistics.maxHeld <= s && statistics.maxSent <= s;
      @ ensures statistics.maxReceived <= s;
      @ ensures statistics.machinesUsed
      @     == (\num_of int j; 0 <= j && j < touched.length; touched[j]);
      @ ensures statistics.machinesUsed <= touched.length;
      @ ensures (\forall int j; 0 <= j && j < touched.length;
      @            touched[j] == (\old(touched[j])
      @                || sent[j] > 0 || received[j] > 0 || held[j] > 0));
      @ ensures \invariant_for(statistics);
      @ assignable statistics.maxHeld, statistics.maxSent, statistics.maxReceived,
      @     statistics.totalCommunicated, statistics.machinesUsed, touched[*];
      @*/
    /**
     * Notes each machine's sent, received and held words, marks a machine touched when it
     * sends, receives or holds a word, and sets the machines used to the number of machines
     * ever touched. (Noting 0 words changes nothing: the maxima are never negative.)
     */
    static void record(MpcStatistics statistics, boolean[] touched, int s, int[] held,
            int[] sent, int[] received) {
        noteCounts(statistics, s, held, sent, received);
        markTouched(touched, held, sent, received);
        statistics.noteMachinesUsed(countTrue(touched));
    }

    /*@ normal_behavior
      @ requires statistics != null && held != null && sent != null && received != null;
      @ requires s >= 1 && \invariant_for(statistics);
      @ requires sent.length == held.length && received.length == held.length;
      @ requires (\forall int i; 0 <= i && i < held.length;
      @            0 <= held[i] && held[i] <= s && 0 <= sent[i] && sent[i] <= s
      @            && 0 <= received[i] && received[i] <= s);
      @ requires statistics.maxHeld <= s && statistics.maxSent <= s;
      @ requires statistics.maxReceived <= s;
      @ requires statistics.totalCommunicated
      @     <= 9223372036854775807L - (\bigint) held.length * s;
      @ ensures statistics.maxHeld <= s && statistics.maxSent <= s;
      @ ensures statistics.maxReceived <= s && \invariant_for(statistics);
      @ assignable statistics.maxHeld, statistics.maxSent, statistics.maxReceived,
      @     statistics.totalCommunicated;
      @*/
    /** Notes every machine's sent, received and held words (noting 0 changes nothing). */
    private static void noteCounts(MpcStatistics statistics, int s, int[] held, int[] sent,
            int[] received) {
        /*@ loop_invariant 0 <= i && i <= held.length && \invariant_for(statistics);
          @ loop_invariant statistics.maxHeld <= s && statistics.maxSent <= s;
          @ loop_invariant statistics.maxReceived <= s;
          @ loop_invariant statistics.totalCommunicated
          @     <= 9223372036854775807L - (\bigint) (held.length - i) * s;
          @ decreases held.length - i;
          @ assignable statistics.maxHeld, statistics.maxSent, statistics.maxReceived,
          @     statistics.totalCommunicated;
          @*/
        for (int i = 0; i < held.length; i++) {
            // Lemma call for the proof (no run-time effect): s <= (n - i) s, room for sent[i].
            IntLemmas.productAtMost(1, held.length - i, s);
            statistics.noteSent(sent[i]);
            statistics.noteReceived(received[i]);
            statistics.noteHeld(held[i]);
        }
    }

    /*@ normal_behavior
      @ requires touched != null && held != null && sent != null && received != null;
      @ requires touched.length == held.length && sent.length == held.length;
      @ requires received.length == held.length;
      @ requires (Object) touched != (Object) held && (Object) touched != (Object) sent;
      @ requires (Object) touched != (Object) received;
      @ ensures (\forall int j; 0 <= j && j < touched.length;
      @            touched[j] == (\old(touched[j])
      @                || sent[j] > 0 || received[j] > 0 || held[j] > 0));
      @ assignable touched[*];
      @*/
    /** Marks every machine that sent, received or holds a word. */
    private static void markTouched(boolean[] touched, int[] held, int[] sent, int[] received) {
        /*@ loop_invariant 0 <= i && i <= held.length;
          @ loop_invariant (\forall int j; 0 <= j && j < touched.length;
          @                   touched[j] == (\old(touched[j]) || (j < i
          @                       && (sent[j] > 0 || received[j] > 0 || held[j] > 0))));
          @ decreases held.length - i;
          @ assignable touched[*];
          @*/
        for (int i = 0; i < held.length; i++) {
            if (sent[i] > 0 || received[i] > 0 || held[i] > 0) {
                touched[i] = true;
            }
        }
    }

    /*@ normal_behavior
      @ requires flags != null;
      @ ensures \result == (\num_of int j; 0 <= j && j < flags.length; flags[j]);
      @ ensures 0 <= \result && \result <= flags.length;
      @ assignable \strictly_nothing;
      @*/
    /** The number of true entries. */
    static int countTrue(boolean[] flags) {
        int count = 0;
        /*@ loop_invariant 0 <= i && i <= flags.length && 0 <= count && count <= i;
          @ loop_invariant count == (\num_of int j; 0 <= j && j < i; flags[j]);
          @ decreases flags.length - i;
          @ assignable \strictly_nothing;
          @*/
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                count++;
            }
        }
        return count;
    }
}
