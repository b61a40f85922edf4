package org.annaref.reference.mpc;

/**
 * A bulk-synchronous MPC machine room that enforces the model's limits and counts what a
 * protocol uses (MATH.md section 3).
 *
 * <p><b>Words.</b> One word is one {@code long} ({@link Words}): a double travels as its raw bits,
 * an index or a count is one word, a vector of m coordinates is m words.
 *
 * <p><b>Input.</b> {@link #loadInput} packs the input, item by item, floor(s / w) items of w words
 * to a machine, on the first machines (an item never straddles two machines; for w = 1 this is
 * exactly the first ceil(N / s) machines).
 *
 * <p><b>A round</b> ({@link #round}): every machine holding at least one word runs the
 * {@link RoundFunction} on its own memory (machines with empty memory have nothing to compute
 * with and are skipped), keeping some words and sending others; then every message word is
 * appended to its destination's memory after the kept words, in order of sender id and then send
 * order. A protocol is a driver calling {@code round} repeatedly; a RoundFunction reads only its
 * machine's memory, its id and constants (see {@link RoundFunction}).
 *
 * <p><b>Limits</b>, checked in every round before anything is delivered, machine by machine in
 * id order: words kept after the local computation &lt;= s, words sent &lt;= s, destinations in
 * 0 .. q - 1; then words received &lt;= s and kept plus received &lt;= s (so a machine never holds
 * more than s words). A violation throws {@link MpcLimitException} naming round, machine, kind,
 * words used and allowed; the memories stay as they were before the round.
 *
 * <p><b>Accounting invariant</b> (JML below): the statistics never record a machine holding,
 * sending or receiving more than s words, nor more machines used than q (the number of
 * machines ever touched). The delivery check and the recording of a round's counts are
 * {@link RoundLedger}'s, which KeY proves; a round the counters could not count (the 2^31-th,
 * or one that could carry the total communicated past 2^63 - 1) is refused before it starts.
 */
public final class MpcSimulator {
    private final /*@ spec_public @*/ MpcConfig config;
    private final /*@ spec_public @*/ MpcStatistics statistics;
    private /*@ spec_public @*/ WordBuffer[] memories;
    private final /*@ spec_public @*/ boolean[] touched;
    private final /*@ spec_public @*/ Outbox outbox;
    private /*@ spec_public @*/ boolean loaded;

    /*@ public invariant config != null && statistics != null && outbox != null;
      @ public invariant \invariant_for(statistics) && \invariant_for(outbox);
      @ public invariant memories.length == config.machines && touched.length == config.machines;
      @ public invariant statistics.maxHeld <= config.memory;
      @ public invariant statistics.maxSent <= config.memory;
      @ public invariant statistics.maxReceived <= config.memory;
      @ public invariant (\forall int i; 0 <= i && i < memories.length;
      @     memories[i] == null || \invariant_for(memories[i]));
      @ public invariant statistics.machinesUsed <= config.machines;
      @ public invariant statistics.machinesUsed
      @     == (\num_of int j; 0 <= j && j < touched.length; touched[j]);
      @*/

    /*@ public normal_behavior
      @ requires config != null && \invariant_for(config);
      @ ensures this.config == config && statistics.rounds == 0 && !loaded;
      @*/
    /** An idle machine room of {@code config.machines()} empty machines. */
    public MpcSimulator(MpcConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("MPC configuration must not be null");
        }
        this.config = config;
        this.statistics = new MpcStatistics();
        this.memories = new WordBuffer[config.machines()];
        this.touched = new boolean[config.machines()];
        this.outbox = new Outbox();
        this.loaded = false;
    }

    /*@ public behavior
      @ requires words != null && itemWidth >= 1;
      @ ensures loaded;
      @ signals_only IllegalArgumentException, MpcLimitException;
      @ assignable \everything;
      @*/
    /**
     * Places the input: items of {@code itemWidth} words, floor(s / itemWidth) to a machine, from
     * machine 0 on. Throws {@link MpcLimitException} (kind machines) when q is too small.
     */
    public void loadInput(long[] words, int itemWidth) {
        if (words == null) {
            throw new IllegalArgumentException("input words must not be null");
        }
        if (loaded || statistics.rounds() > 0) {
            throw new IllegalArgumentException("the input is placed once, before the first round");
        }
        if (itemWidth < 1 || itemWidth > config.memory()) {
            throw new IllegalArgumentException("input item width must be in 1 .. s = "
                    + config.memory() + ", got " + itemWidth);
        }
        if (words.length % itemWidth != 0) {
            throw new IllegalArgumentException(words.length + " input words are not a whole number"
                    + " of items of " + itemWidth + " words");
        }
        int perMachine = config.memory() / itemWidth;
        long items = words.length / itemWidth;
        long needed = MpcConfig.ceilDiv(items, perMachine);
        MpcLimits.check(0, config.machines(), MpcLimitException.MACHINES, needed,
                config.machines());
        /*@ loop_invariant 0 <= p && p <= words.length;
          @ decreases words.length - p;
          @ assignable \everything;
          @*/
        for (int p = 0; p < words.length; p++) {
            int machine = (p / itemWidth) / perMachine;
            if (memories[machine] == null) {
                memories[machine] = new WordBuffer();
            }
            memories[machine].add(words[p]);
        }
        int q = config.machines();
        RoundLedger.record(statistics, touched, config.memory(), sizes(memories), new int[q],
                new int[q]);
        loaded = true;
    }

    /*@ public behavior
      @ requires function != null;
      @ ensures statistics.rounds == \old(statistics.rounds) + 1;
      @ ensures statistics.maxHeld <= config.memory && statistics.maxSent <= config.memory;
      @ ensures statistics.maxReceived <= config.memory;
      @ signals_only RuntimeException;
      @ assignable \everything;
      @*/
    /**
     * Runs one round: local computation on every machine holding words, limit checks, delivery.
     * Throws {@link MpcLimitException} on a violation (nothing is delivered, memories unchanged).
     * The counts of the round go through {@link RoundLedger}, whose delivery check and
     * recording KeY proves.
     */
    public void round(RoundFunction function) {
        if (function == null) {
            throw new IllegalArgumentException("round function must not be null");
        }
        int s = config.memory();
        int q = config.machines();
        requireRoomForARound(q, s);
        int number = statistics.rounds() + 1;
        WordBuffer[] next = new WordBuffer[q];
        int[] kept = new int[q];
        int[] sent = new int[q];
        outbox.clear();
        /*@ loop_invariant 0 <= i && i <= q;
          @ decreases q - i;
          @ assignable \everything;
          @*/
        for (int i = 0; i < q; i++) {
            if (memories[i] != null && memories[i].size() > 0) {
                WordBuffer keptWords = new WordBuffer();
                outbox.beginMachine();
                int first = outbox.staged();
                function.run(i, new LocalMemory(memories[i], keptWords), outbox);
                MpcLimits.check(number, i, MpcLimitException.HELD, keptWords.size(), s);
                sent[i] = outbox.staged() - first;
                MpcLimits.check(number, i, MpcLimitException.SENT, sent[i], s);
                checkDestinations(number, i, first);
                kept[i] = keptWords.size();
                next[i] = keptWords;
            }
        }
        int staged = outbox.staged();
        int[] received = new int[q];
        /*@ loop_invariant 0 <= w && w <= staged;
          @ decreases staged - w;
          @ assignable received[*];
          @*/
        for (int w = 0; w < staged; w++) {
            received[outbox.destination(w)] += 1;
        }
        RoundLedger.checkDeliveries(number, s, kept, received);
        /*@ loop_invariant 0 <= u && u <= staged;
          @ decreases staged - u;
          @ assignable \everything;
          @*/
        for (int u = 0; u < staged; u++) {
            int destination = outbox.destination(u);
            if (next[destination] == null) {
                next[destination] = new WordBuffer();
            }
            next[destination].add(outbox.word(u));
        }
        RoundLedger.record(statistics, touched, s, sizes(next), sent, received);
        outbox.clear();
        memories = next;
        statistics.countRound();
    }

    /**
     * Refuses a round the statistics could not count: the 2^31-th round, or one whose up to
     * q s words sent could carry the total communicated past 2^63 - 1 words. (Far beyond any
     * run that fits in memory; checked so that the counters never wrap around.)
     */
    private void requireRoomForARound(int q, int s) {
        if (statistics.rounds() == 2147483647) {
            throw new IllegalArgumentException("this MPC run has used 2^31 - 1 rounds, the most"
                    + " the statistics count");
        }
        long mostSent = (long) q * s;
        if (statistics.totalCommunicated() > 9223372036854775807L - mostSent) {
            throw new IllegalArgumentException("this MPC run has communicated "
                    + statistics.totalCommunicated() + " words; a round of up to q s = "
                    + mostSent + " more could pass 2^63 - 1");
        }
    }

    /** Every destination staged by machine {@code machine} (from {@code first}) is in 0 .. q - 1. */
    private void checkDestinations(int number, int machine, int first) {
        int q = config.machines();
        /*@ loop_invariant first <= w && w <= outbox.words.size;
          @ decreases outbox.words.size - w;
          @ assignable \strictly_nothing;
          @*/
        for (int w = first; w < outbox.staged(); w++) {
            int destination = outbox.destination(w);
            if (destination < 0 || destination >= q) {
                throw new MpcLimitException(number, machine, MpcLimitException.DESTINATION,
                        destination, q);
            }
        }
    }

    /** The number of words in each buffer (0 for none). */
    private static int[] sizes(WordBuffer[] buffers) {
        int[] counts = new int[buffers.length];
        /*@ loop_invariant 0 <= i && i <= buffers.length;
          @ decreases buffers.length - i;
          @ assignable counts[*];
          @*/
        for (int i = 0; i < buffers.length; i++) {
            if (buffers[i] != null) {
                counts[i] = buffers[i].size();
            }
        }
        return counts;
    }

    /*@ public normal_behavior
      @ requires 0 <= machine && machine < config.machines;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /**
     * A copy of one machine's memory. Drivers read it for the protocol's output at the end, and
     * for a halting flag that the protocol itself computed onto one machine; never to steer a
     * round by another machine's data.
     */
    public long[] memory(int machine) {
        if (memories[machine] == null) {
            return new long[0];
        }
        return memories[machine].toArray();
    }

    /*@ public normal_behavior
      @ ensures \result == statistics;
      @ assignable \strictly_nothing;
      @*/
    /** What the run used so far. */
    public MpcStatistics statistics() {
        return statistics;
    }

    /*@ public normal_behavior
      @ ensures \result == config;
      @ assignable \strictly_nothing;
      @*/
    /** The configuration (N, q, s). */
    public MpcConfig config() {
        return config;
    }
}
