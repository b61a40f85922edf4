package org.annaref.reference.mpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MPC simulator at its boundaries: limits exactly at s accepted and one past rejected, the
 * exact text of every violation, exact statistics of crafted multi-round runs, and recovery after
 * a failed round (nothing of it is delivered later).
 */
class MpcBoundaryTest {
    private static long[] iota(int n) {
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {
            words[i] = 100 + i;
        }
        return words;
    }

    /** Every machine keeps all its words and sends nothing. */
    private static final RoundFunction KEEP_ALL = (machine, memory, outbox) -> {
        for (int i = 0; i < memory.size(); i++) {
            memory.keep(memory.word(i));
        }
    };

    private static void assertStatistics(MpcSimulator sim, int rounds, int machinesUsed,
            long maxHeld, long maxSent, long maxReceived, long total) {
        MpcStatistics st = sim.statistics();
        assertEquals(rounds, st.rounds(), "rounds");
        assertEquals(machinesUsed, st.machinesUsed(), "machines used");
        assertEquals(maxHeld, st.maxHeld(), "max held");
        assertEquals(maxSent, st.maxSent(), "max sent");
        assertEquals(maxReceived, st.maxReceived(), "max received");
        assertEquals(total, st.totalCommunicated(), "total communicated");
    }

    // ---- MpcLimitException ----

    @ParameterizedTest
    @CsvSource({"0, held", "1, sent", "2, received", "3, held after delivery",
        "4, destination machine", "5, machines needed"})
    void everyKindHasItsOwnName(int kind, String name) {
        assertEquals(name, MpcLimitException.kindName(kind));
        MpcLimitException e = new MpcLimitException(3, 2, kind, 7, 4);
        assertEquals("MPC limit exceeded in round 3 on machine 2: " + name
                + " 7 words, allowed 4", e.getMessage());
        assertEquals(3, e.round());
        assertEquals(2, e.machine());
        assertEquals(kind, e.kind());
        assertEquals(7, e.used());
        assertEquals(4, e.allowed());
    }

    // ---- MpcConfig ----

    @Test
    void theSmallestConfigurationIsAccepted() {
        MpcConfig c = new MpcConfig(1, 1, 1);
        assertEquals(1, c.inputWords());
        assertEquals(1, c.machines());
        assertEquals(1, c.memory());
        assertEquals("MPC(N=1, q=1, s=1)", c.toString());
        assertEquals("MPC(N=10, q=5, s=4)", new MpcConfig(10, 5, 4).toString());
        assertEquals(10, new MpcConfig(10, 5, 4).inputWords());
    }

    @Test
    void eachArgumentBelowOneIsRejectedByName() {
        assertEquals("input words N must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new MpcConfig(0, 1, 1))
                        .getMessage());
        assertEquals("machines q must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new MpcConfig(1, 0, 1))
                        .getMessage());
        assertEquals("local memory s must be >= 1 word, got 0",
                assertThrows(IllegalArgumentException.class, () -> new MpcConfig(1, 1, 0))
                        .getMessage());
    }

    @Test
    void theInputFitsExactlyOnQMachinesButNotOneWordMore() {
        MpcConfig exact = new MpcConfig(8, 2, 4);
        assertEquals(8, exact.inputWords());
        assertEquals("N = 9 input words need ceil(N/s) = 3 machines of s = 4 words, but q = 2",
                assertThrows(IllegalArgumentException.class, () -> new MpcConfig(9, 2, 4))
                        .getMessage());
    }

    @Test
    void anInputNear2To63WordsIsRefusedNotWrappedAround() {
        // (N + s - 1) / s would overflow here and look like a negative machine count.
        assertEquals("N = 9223372036854775807 input words need ceil(N/s) = 4611686018427387904"
                + " machines of s = 2 words, but q = 2147483647",
                assertThrows(IllegalArgumentException.class,
                        () -> new MpcConfig(Long.MAX_VALUE, Integer.MAX_VALUE, 2)).getMessage());
        long most = (long) Integer.MAX_VALUE * Integer.MAX_VALUE;
        assertEquals(most, new MpcConfig(most, Integer.MAX_VALUE, Integer.MAX_VALUE).inputWords());
        assertThrows(IllegalArgumentException.class,
                () -> new MpcConfig(most + 1, Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 0", "1, 1, 1", "7, 7, 1", "8, 7, 2", "9, 4, 3",
        "9223372036854775807, 1, 9223372036854775807",
        "9223372036854775807, 2, 4611686018427387904",
        "9223372036854775807, 9223372036854775807, 1"})
    void ceilDivIsTheLeastCountWhoseMultipleCovers(long a, long b, long expected) {
        assertEquals(expected, MpcConfig.ceilDiv(a, b));
    }

    @Test
    void fromExponentsAcceptsOneInputWord() {
        MpcConfig c = MpcConfig.fromExponents(1, 0.0, 0.5);
        assertEquals(1, c.inputWords());
        assertEquals(1, c.machines());
        assertEquals(1, c.memory());
        assertEquals("input words N must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> MpcConfig.fromExponents(0, 0.0, 0.5)).getMessage());
    }

    @Test
    void fromExponentsRejectsEpsExactlyZeroOrOne() {
        assertEquals("eps must be in (0, 1), got 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> MpcConfig.fromExponents(16, 0.0, 0.0)).getMessage());
        assertEquals("eps must be in (0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> MpcConfig.fromExponents(16, 0.0, 1.0)).getMessage());
        assertEquals("gamma must be finite and >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> MpcConfig.fromExponents(16, -1.0, 0.5)).getMessage());
        // Just inside both ends.
        MpcConfig small = MpcConfig.fromExponents(16, 0.0, 0.25);
        assertEquals(8, small.machines());
        assertEquals(2, small.memory());
        MpcConfig large = MpcConfig.fromExponents(16, 0.0, 0.75);
        assertEquals(2, large.machines());
        assertEquals(8, large.memory());
    }

    @Test
    void fromExponentsAcceptsExactly2To31Minus1MachinesButNotOneMore() {
        // gamma == eps: N^(1 + gamma - eps) = N^1 exactly.
        MpcConfig c = MpcConfig.fromExponents(Integer.MAX_VALUE, 0.5, 0.5);
        assertEquals(Integer.MAX_VALUE, c.machines());
        assertEquals(46341, c.memory());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MpcConfig.fromExponents(1L << 31, 0.5, 0.5));
        assertEquals("q = N^(1 + gamma - eps) = 2.147483648E9 machines is more than the simulator"
                + " addresses (2^31 - 1)", e.getMessage());
    }

    // ---- MpcSimulator: input placement ----

    @Test
    void anItemOfExactlySWordsIsAcceptedAndZeroIsRejected() {
        MpcConfig config = new MpcConfig(8, 2, 4);
        MpcSimulator sim = new MpcSimulator(config);
        assertSame(config, sim.config());
        sim.loadInput(iota(8), 4);
        assertArrayEquals(new long[] {100, 101, 102, 103}, sim.memory(0));
        assertArrayEquals(new long[] {104, 105, 106, 107}, sim.memory(1));
        assertStatistics(sim, 0, 2, 4, 0, 0, 0);
        MpcSimulator other = new MpcSimulator(new MpcConfig(8, 2, 4));
        assertEquals("input item width must be in 1 .. s = 4, got 0",
                assertThrows(IllegalArgumentException.class, () -> other.loadInput(iota(8), 0))
                        .getMessage());
    }

    @Test
    void aMachineHoldsManyWordsInOrder() {
        // More words than a buffer's first capacity (8) and its first growth (17).
        MpcSimulator sim = new MpcSimulator(new MpcConfig(40, 1, 40));
        sim.loadInput(iota(40), 1);
        assertArrayEquals(iota(40), sim.memory(0));
        sim.round(KEEP_ALL);
        assertArrayEquals(iota(40), sim.memory(0));
        assertStatistics(sim, 1, 1, 40, 0, 0, 0);
    }

    @Test
    void wordBufferGrowsKeepingEveryWord() {
        WordBuffer b = new WordBuffer();
        for (int i = 0; i < 40; i++) {
            b.add(1000 + i);
            assertEquals(i + 1, b.size());
        }
        for (int i = 0; i < 40; i++) {
            assertEquals(1000 + i, b.get(i));
        }
        b.clear();
        assertEquals(0, b.size());
        assertEquals(0, b.toArray().length);
    }

    // ---- MpcSimulator: the counters never wrap around ----

    @Test
    void aRoundIsRefusedWhenItsQsWordsCouldCarryTheTotalPast2To63() {
        // q s = 2 * 4 = 8. The statistics are pushed near 2^63 - 1 through their package-private
        // mutator: a real run would need about 10^18 words sent.
        MpcSimulator atLimit = new MpcSimulator(new MpcConfig(2, 2, 4));
        atLimit.loadInput(new long[] {5, 6}, 1);
        atLimit.statistics().noteSent(Long.MAX_VALUE - 8);
        atLimit.round(KEEP_ALL);
        assertEquals(1, atLimit.statistics().rounds());
        MpcSimulator overLimit = new MpcSimulator(new MpcConfig(2, 2, 4));
        overLimit.loadInput(new long[] {5, 6}, 1);
        overLimit.statistics().noteSent(Long.MAX_VALUE - 7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> overLimit.round(KEEP_ALL));
        assertEquals("this MPC run has communicated 9223372036854775800 words; a round of up to"
                + " q s = 8 more could pass 2^63 - 1", e.getMessage());
        assertEquals(0, overLimit.statistics().rounds());
        assertArrayEquals(new long[] {5, 6}, overLimit.memory(0));
    }

    // ---- MpcSimulator: destinations ----

    @Test
    void destinationQMinusOneIsDeliveredAndQIsAViolation() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(2, 3, 4));
        sim.loadInput(new long[] {5, 6}, 1);
        sim.round((machine, memory, outbox) -> outbox.send(2, 9));
        assertArrayEquals(new long[] {9}, sim.memory(2));
        assertEquals(0, sim.memory(0).length);
        // Machine 2 (which now holds a word) names machine 3 = q.
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> sim.round((machine, memory, outbox) -> outbox.send(3, 1)));
        assertEquals(MpcLimitException.DESTINATION, e.kind());
        assertEquals(2, e.round());
        assertEquals(2, e.machine());
        assertEquals(3, e.used());
        assertEquals(3, e.allowed());
        assertEquals("MPC limit exceeded in round 2 on machine 2: destination machine 3 words,"
                + " allowed 3", e.getMessage());
        MpcLimitException negative = assertThrows(MpcLimitException.class,
                () -> sim.round((machine, memory, outbox) -> outbox.send(-1, 1)));
        assertEquals(-1, negative.used());
        assertArrayEquals(new long[] {9}, sim.memory(2));
    }

    // ---- MpcSimulator: failed rounds leave nothing behind ----

    @Test
    void aFailedRoundsStagedMessagesAreNeverDelivered() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(8, 2, 4));
        sim.loadInput(iota(8), 4);
        // Machine 0 keeps 3 and sends one word to machine 1; then machine 1 keeps 5 > s.
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> sim.round((machine, memory, outbox) -> {
                    if (machine == 0) {
                        for (int i = 0; i < 3; i++) {
                            memory.keep(memory.word(i));
                        }
                        outbox.send(1, 42);
                    } else {
                        for (int i = 0; i < 5; i++) {
                            memory.keep(memory.word(0));
                        }
                    }
                }));
        assertEquals(MpcLimitException.HELD, e.kind());
        assertEquals(1, e.machine());
        assertEquals(5, e.used());
        assertEquals("MPC limit exceeded in round 1 on machine 1: held 5 words, allowed 4",
                e.getMessage());
        sim.round(KEEP_ALL);
        assertArrayEquals(new long[] {100, 101, 102, 103}, sim.memory(0));
        assertArrayEquals(new long[] {104, 105, 106, 107}, sim.memory(1));
        assertStatistics(sim, 1, 2, 4, 0, 0, 0);
    }

    @Test
    void aFailedDeliveryLeavesNoReceiveCountsBehind() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(12, 3, 4));
        sim.loadInput(iota(12), 1);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> sim.round((machine, memory, outbox) -> {
                    for (int i = 0; i < memory.size(); i++) {
                        outbox.send(0, memory.word(i));
                    }
                }));
        assertEquals(MpcLimitException.RECEIVED, e.kind());
        assertEquals(12, e.used());
        sim.round(KEEP_ALL);
        assertArrayEquals(new long[] {100, 101, 102, 103}, sim.memory(0));
        assertStatistics(sim, 1, 3, 4, 0, 0, 0);
        // Exactly s received (with nothing kept) is accepted: machine 1 sends its 4 words to 0.
        sim.round((machine, memory, outbox) -> {
            for (int i = 0; i < memory.size(); i++) {
                if (machine == 1) {
                    outbox.send(0, memory.word(i));
                } else if (machine == 2) {
                    memory.keep(memory.word(i));
                }
            }
        });
        assertArrayEquals(new long[] {104, 105, 106, 107}, sim.memory(0));
        assertEquals(0, sim.memory(1).length);
        assertStatistics(sim, 2, 3, 4, 4, 4, 4);
    }

    @Test
    void keptPlusReceivedExactlySIsAcceptedAndOneMoreIsNot() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(6, 2, 4));
        sim.loadInput(iota(6), 3);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> sim.round((machine, memory, outbox) -> {
                    if (machine == 0) {
                        for (int i = 0; i < 3; i++) {
                            memory.keep(memory.word(i));
                        }
                    } else {
                        outbox.send(0, memory.word(0));
                        outbox.send(0, memory.word(1));
                    }
                }));
        assertEquals(MpcLimitException.HELD_AFTER_DELIVERY, e.kind());
        assertEquals(0, e.machine());
        assertEquals(5, e.used());
        assertEquals("MPC limit exceeded in round 1 on machine 0: held after delivery 5 words,"
                + " allowed 4", e.getMessage());
        assertArrayEquals(new long[] {100, 101, 102}, sim.memory(0));
        assertArrayEquals(new long[] {103, 104, 105}, sim.memory(1));
    }

    // ---- MpcSimulator: exact statistics of a crafted run ----

    @Test
    void statisticsOfAThreeRoundRun() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(6, 3, 4));
        sim.loadInput(iota(6), 3);
        assertStatistics(sim, 0, 2, 3, 0, 0, 0);
        // Round 1: machine 0 keeps its 3 words, machine 1 sends one word to 0 and keeps nothing.
        sim.round((machine, memory, outbox) -> {
            if (machine == 0) {
                for (int i = 0; i < memory.size(); i++) {
                    memory.keep(memory.word(i));
                }
            } else {
                outbox.send(0, memory.word(2));
            }
        });
        assertArrayEquals(new long[] {100, 101, 102, 105}, sim.memory(0));
        assertEquals(0, sim.memory(1).length);
        assertStatistics(sim, 1, 2, 4, 1, 1, 1);
        // Round 2: only machines holding words compute (machine 1 is now empty): each one keeps
        // nothing and sends its id to machine 2, which is used for the first time.
        sim.round((machine, memory, outbox) -> outbox.send(2, machine));
        assertArrayEquals(new long[] {0}, sim.memory(2));
        assertEquals(0, sim.memory(0).length);
        assertEquals(0, sim.memory(1).length);
        assertStatistics(sim, 2, 3, 4, 1, 1, 2);
        // Round 3: nothing is sent; the word of round 2 is not delivered again.
        sim.round(KEEP_ALL);
        assertArrayEquals(new long[] {0}, sim.memory(2));
        assertStatistics(sim, 3, 3, 4, 1, 1, 2);
    }

    @Test
    void eachMachineSeesOnlyItsOwnSentAndKeptCounts() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(8, 2, 4));
        sim.loadInput(iota(8), 4);
        sim.round((machine, memory, outbox) -> {
            int other = 1 - machine;
            outbox.send(other, 10 + machine);
            outbox.send(other, 20 + machine);
            memory.keep(outbox.sentWords());
            memory.keep(memory.keptWords());
        });
        assertArrayEquals(new long[] {2, 1, 11, 21}, sim.memory(0));
        assertArrayEquals(new long[] {2, 1, 10, 20}, sim.memory(1));
        assertStatistics(sim, 1, 2, 4, 2, 2, 4);
    }

    @Test
    void statisticsKeepTheLargestValueSeen() {
        MpcStatistics st = new MpcStatistics();
        st.noteHeld(3);
        st.noteHeld(2);
        st.noteSent(5);
        st.noteSent(1);
        st.noteReceived(4);
        st.noteReceived(4);
        st.noteReceived(0);
        assertEquals(3, st.maxHeld());
        assertEquals(5, st.maxSent());
        assertEquals(6, st.totalCommunicated());
        assertEquals(4, st.maxReceived());
    }
}
