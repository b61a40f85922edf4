package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.mpc.MpcLimitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 1-hop and k-hop on the simulator against the direct hop_k. */
class HopProtocolTest {
    @Test
    void directHopFollowsTheDefinition() {
        // x = a b a c a b (0-based): find(2) = 1 (x[0] = a), find(4) = 3 (x[2] = a),
        // find(5) = 2 (x[1] = b, and x[4], x[3], x[2] differ from b); find(1) = find(3) = none.
        long[] x = {0, 1, 0, 2, 0, 1};
        assertArrayEquals(new int[] {-1, -1, 1, -1, 3, 2}, HopReference.find(x));
        assertArrayEquals(new long[] {-1, -1, 1, -1, 2, 0}, HopReference.hop(x, 1));
        assertArrayEquals(new long[] {-1, -1, -1, -1, -1, 1}, HopReference.hop(x, 2));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 1", "3, 1", "4, 1", "5, 2", "7, 3", "8, 11", "16, 30", "100, 100"})
    void experimentsDistributionAgrees(int k, long seed) {
        long[] x = Symbols.random(100, 4, true, seed);
        ProtocolRun<long[]> run = HopProtocol.run(x, k, 256);
        assertArrayEquals(HopReference.hop(x, k), run.output(), "k = " + k);
        ProtocolInputs.assertAccounting(run);
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 2, 64", "37, 3, 2, 128", "500, 6, 5, 200", "1000, 13, 3, 256",
        "300, 2, 1, 512", "2000, 5, 50, 400"})
    void randomSequencesAgree(int n, int k, int alphabet, int s) {
        long[] x = Symbols.random(n, alphabet, false, 41L * n + k);
        ProtocolRun<long[]> run = HopProtocol.run(x, k, s);
        assertArrayEquals(HopReference.hop(x, k), run.output());
        ProtocolInputs.assertAccounting(run);
    }

    @Test
    void tooLittleMemoryFailsWithTheViolation() {
        long[] x = Symbols.random(400, 4, true, 2);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> HopProtocol.run(x, 3, 40));
        assertTrue(e.getMessage().contains("allowed 40"), e.getMessage());
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> HopProtocol.run(new long[] {1, -2}, 1, 64)).getMessage().contains("-2"));
        assertEquals("k must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> HopProtocol.run(new long[] {1, 2}, 0, 64)).getMessage());
    }
}
