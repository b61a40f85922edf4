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
 * sending or receiving more than s words, nor more machines used than q.
 */
public final class MpcSimulator {
    private final /*@ spec_public @*/ MpcConfig config;
    private final /*@ spec_public @*/ MpcStatistics statistics;
    private /*@ spec_public @*/ WordBuffer[] memories;
    private final /*@ spec_public @*/ boolean[] touched;
    private final /*@ spec_public @*/ int[] received;
    private final /*@ spec_public @*/ Outbox outbox;
    private /*@ spec_public @*/ boolean loaded;

    /*@ public invariant config != null && statistics != null && outbox != null;
      @ public invariant memories.length == config.machines && touched.length == config.machines;
      @ public invariant received.length == config.machines;
      @ public invariant statistics.maxHeld <= config.memory;
      @ public invariant statistics.maxSent <= config.memory;
      @ public invariant statistics.maxReceived <= config.memory;
      @ public invariant statistics.machinesUsed <= config.machines;
      @*/

    /*@ public normal_behavior
      @ requires config != null;
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
        this.received = new int[config.machines()];
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
        /*@ loop_invariant 0 <= i && i <= memories.length;
          @ decreases memories.length - i;
          @ assignable \everything;
          @*/
        for (int i = 0; i < memories.length; i++) {
            if (memories[i] != null && memories[i].size() > 0) {
                statistics.noteHeld(memories[i].size());
                touch(i);
            }
        }
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
     */
    public void round(RoundFunction function) {
        if (function == null) {
            throw new IllegalArgumentException("round function must not be null");
        }
        int number = statistics.rounds() + 1;
        int s = config.memory();
        int q = config.machines();
        WordBuffer[] next = new WordBuffer[q];
        int[] sent = new int[q];
        outbox.clear();
        /*@ loop_invariant 0 <= i && i <= q;
          @ decreases q - i;
          @ assignable \everything;
          @*/
        for (int i = 0; i < q; i++) {
            if (memories[i] != null && memories[i].size() > 0) {
                WordBuffer kept = new WordBuffer();
                outbox.beginMachine();
                int first = outbox.staged();
                function.run(i, new LocalMemory(memories[i], kept), outbox);
                MpcLimits.check(number, i, MpcLimitException.HELD, kept.size(), s);
                sent[i] = outbox.staged() - first;
                MpcLimits.check(number, i, MpcLimitException.SENT, sent[i], s);
                checkDestinations(number, i, first);
                next[i] = kept;
            }
        }
        int staged = outbox.staged();
        /*@ loop_invariant 0 <= w && w <= staged;
          @ decreases staged - w;
          @ assignable received[*];
          @*/
        for (int w = 0; w < staged; w++) {
            received[outbox.destination(w)] += 1;
        }
        try {
            checkDeliveries(number, next);
        } catch (MpcLimitException violation) {
            clearReceived();
            throw violation;
        }
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
        account(next, sent);
        clearReceived();
        outbox.clear();
        memories = next;
        statistics.countRound();
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

    /** Received &lt;= s and kept plus received &lt;= s on every machine, in id order. */
    private void checkDeliveries(int number, WordBuffer[] next) {
        int s = config.memory();
        /*@ loop_invariant 0 <= i && i <= received.length;
          @ decreases received.length - i;
          @ assignable \strictly_nothing;
          @*/
        for (int i = 0; i < received.length; i++) {
            if (received[i] > 0) {
                MpcLimits.check(number, i, MpcLimitException.RECEIVED, received[i], s);
                long kept = next[i] == null ? 0 : next[i].size();
                MpcLimits.check(number, i, MpcLimitException.HELD_AFTER_DELIVERY,
                        kept + received[i], s);
            }
        }
    }

    /** Statistics of a delivered round. */
    private void account(WordBuffer[] next, int[] sent) {
        /*@ loop_invariant 0 <= i && i <= next.length;
          @ decreases next.length - i;
          @ assignable \everything;
          @*/
        for (int i = 0; i < next.length; i++) {
            if (sent[i] > 0) {
                statistics.noteSent(sent[i]);
                touch(i);
            }
            if (received[i] > 0) {
                statistics.noteReceived(received[i]);
                touch(i);
            }
            if (next[i] != null && next[i].size() > 0) {
                statistics.noteHeld(next[i].size());
                touch(i);
            }
        }
    }

    /** Resets the per-round receive counts. */
    private void clearReceived() {
        /*@ loop_invariant 0 <= i && i <= received.length;
          @ decreases received.length - i;
          @ assignable received[*];
          @*/
        for (int i = 0; i < received.length; i++) {
            received[i] = 0;
        }
    }

    /** Counts machine i as used, once. */
    private void touch(int i) {
        if (!touched[i]) {
            touched[i] = true;
            statistics.countMachine();
        }
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
