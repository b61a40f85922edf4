package org.annaref.reference.mpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulator's placement, delivery order, limits (one test per kind) and statistics. */
class MpcSimulatorTest {
    private static long[] iota(int n) {
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {
            words[i] = 100 + i;
        }
        return words;
    }

    /** Every machine keeps nothing and sends all its words to machine 0 (a gather). */
    private static final class Gather implements RoundFunction {
        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            for (int i = 0; i < memory.size(); i++) {
                outbox.send(0, memory.word(i));
            }
        }
    }

    /** Keeps {@code keep} copies of its first word and sends {@code send} words to {@code to}. */
    private static final class Burst implements RoundFunction {
        private final int keep;
        private final int send;
        private final int to;

        Burst(int keep, int send, int to) {
            this.keep = keep;
            this.send = send;
            this.to = to;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            for (int i = 0; i < keep; i++) {
                memory.keep(memory.word(0));
            }
            for (int i = 0; i < send; i++) {
                outbox.send(to, machine);
            }
        }
    }

    @Test
    void inputStartsOnTheFirstCeilNOverSMachines() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(10, 5, 4));
        sim.loadInput(iota(10), 1);
        assertArrayEquals(new long[] {100, 101, 102, 103}, sim.memory(0));
        assertArrayEquals(new long[] {104, 105, 106, 107}, sim.memory(1));
        assertArrayEquals(new long[] {108, 109}, sim.memory(2));
        assertEquals(0, sim.memory(3).length);
        assertEquals(3, sim.statistics().machinesUsed());
        assertEquals(4, sim.statistics().maxHeld());
        assertEquals(0, sim.statistics().rounds());
    }

    @Test
    void itemsNeverStraddleTwoMachines() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(6, 3, 5));
        sim.loadInput(iota(6), 2);
        assertArrayEquals(new long[] {100, 101, 102, 103}, sim.memory(0));
        assertArrayEquals(new long[] {104, 105}, sim.memory(1));
    }

    @Test
    void deliveryIsInSenderOrderThenSendOrderAfterTheKeptWords() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(6, 3, 6));
        sim.loadInput(iota(6), 1);
        sim.round(new Gather());
        assertArrayEquals(iota(6), sim.memory(0));
        sim.round(new Burst(2, 3, 1));
        assertArrayEquals(new long[] {0, 0, 0}, sim.memory(1));
        assertArrayEquals(new long[] {100, 100}, sim.memory(0));
        MpcStatistics st = sim.statistics();
        assertEquals(2, st.rounds());
        assertEquals(2, st.machinesUsed());
        assertEquals(6, st.maxHeld());
        assertEquals(6, st.maxSent());
        assertEquals(6, st.maxReceived());
        assertEquals(9, st.totalCommunicated());
    }

    @Test
    void keptWordsComeBeforeReceivedOnes() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(2, 2, 4));
        sim.loadInput(new long[] {7, 8}, 1);
        sim.round(new Burst(1, 2, 0));
        assertArrayEquals(new long[] {7, 0, 0}, sim.memory(0));
    }

    @ParameterizedTest
    @CsvSource({"5, 0, 0, 0, 5, 4", "0, 5, 1, 1, 5, 4", "3, 2, 0, 3, 5, 4"})
    void everyViolationNamesRoundMachineKindAndWords(int keep, int send, int to, int kind,
            long used, long allowed) {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(4, 2, 4));
        sim.loadInput(iota(4), 1);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> sim.round(new Burst(keep, send, to)));
        assertEquals(1, e.round());
        assertEquals(0, e.machine());
        assertEquals(kind, e.kind());
        assertEquals(used, e.used());
        assertEquals(allowed, e.allowed());
        assertTrue(e.getMessage().contains("round 1 on machine 0"), e.getMessage());
        assertTrue(e.getMessage().contains(MpcLimitException.kindName(kind) + " " + used
                + " words, allowed " + allowed), e.getMessage());
        assertArrayEquals(iota(4), sim.memory(0), "memories unchanged by a failed round");
        assertEquals(0, sim.statistics().rounds());
    }

    @Test
    void receivingMoreThanSIsAViolationOfTheReceiver() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(12, 4, 4));
        sim.loadInput(iota(12), 1);
        MpcLimitException e = assertThrows(MpcLimitException.class, () -> sim.round(new Gather()));
        assertEquals(MpcLimitException.RECEIVED, e.kind());
        assertEquals(0, e.machine());
        assertEquals(12, e.used());
        assertEquals(4, e.allowed());
    }

    @Test
    void aDestinationOutsideTheMachinesIsNamed() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(2, 2, 4));
        sim.loadInput(iota(2), 1);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> sim.round(new Burst(0, 1, 7)));
        assertEquals(MpcLimitException.DESTINATION, e.kind());
        assertEquals(7, e.used());
        assertEquals(2, e.allowed());
    }

    @Test
    void tooFewMachinesForTheInputIsAViolationOfRoundZero() {
        MpcSimulator sim = new MpcSimulator(new MpcConfig(4, 2, 2));
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> sim.loadInput(iota(6), 1));
        assertEquals(0, e.round());
        assertEquals(MpcLimitException.MACHINES, e.kind());
        assertEquals(3, e.used());
    }

    @Test
    void badConfigurationsAreRejectedNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MpcConfig(0, 1, 1))
                .getMessage().contains("got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MpcConfig(5, 1, 2))
                .getMessage().contains("q = 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MpcConfig.fromExponents(100, 0.0, 1.5)).getMessage().contains("1.5"));
        MpcSimulator sim = new MpcSimulator(new MpcConfig(4, 2, 4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sim.loadInput(iota(4), 5))
                .getMessage().contains("got 5"));
    }

    @ParameterizedTest
    @CsvSource({"1024, 0.0, 0.5, 32, 32", "1000, 0.0, 0.5, 32, 32", "100, 0.5, 0.5, 100, 10"})
    void fromExponentsRoundsPowersUp(long n, double gamma, double eps, int q, int s) {
        MpcConfig c = MpcConfig.fromExponents(n, gamma, eps);
        assertEquals(q, c.machines());
        assertEquals(s, c.memory());
    }

    @Test
    void doublesTravelBitForBit() {
        double[] values = {-0.0, 0.1, Double.MIN_VALUE, Double.NaN, -1e300};
        for (double x : values) {
            assertEquals(Double.doubleToRawLongBits(x),
                    Double.doubleToRawLongBits(Words.toDouble(Words.ofDouble(x))));
        }
    }
}
