package org.annaref.reference.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplitMix64Test {
    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, -1L, 42L, 0x123456789ABCDEFL, Long.MIN_VALUE})
    void matchesCommonsRngSplitMix64(long seed) {
        org.apache.commons.rng.core.source64.SplitMix64 expected =
                new org.apache.commons.rng.core.source64.SplitMix64(seed);
        SplitMix64 actual = new SplitMix64(seed);
        for (int i = 0; i < 1000; i++) {
            assertEquals(expected.nextLong(), actual.nextLong(), "output " + i);
        }
    }

    @Test
    void firstOutputOfSeedZeroIsTheKnownValue() {
        // Vigna's splitmix64.c with x = 0 returns 0xE220A8397B1DCDAF first.
        assertEquals(0xE220A8397B1DCDAFL, new SplitMix64(0L).nextLong());
    }

    @Test
    void deriveIsTheIndexPlusOnethOutput() {
        long seed = 987654321L;
        SplitMix64 master = new SplitMix64(seed);
        for (long index = 0; index < 50; index++) {
            assertEquals(master.nextLong(), SplitMix64.derive(seed, index), "index " + index);
        }
        assertThrows(IllegalArgumentException.class, () -> SplitMix64.derive(seed, -1));
    }

    @Test
    void uniformDoublesUseTheTop53Bits() {
        SplitMix64 a = new SplitMix64(7L);
        SplitMix64 b = new SplitMix64(7L);
        for (int i = 0; i < 1000; i++) {
            double u = a.nextDouble();
            assertEquals((b.nextLong() >>> 11) * 0x1.0p-53, u);
            assertTrue(u >= 0.0 && u < 1.0);
        }
    }

    @Test
    void nextIntStaysInRangeAndHitsEveryValue() {
        SplitMix64 random = new SplitMix64(3L);
        int[] seen = new int[7];
        for (int i = 0; i < 7000; i++) {
            int v = random.nextInt(7);
            assertTrue(v >= 0 && v < 7);
            seen[v]++;
        }
        for (int v = 0; v < 7; v++) {
            assertTrue(seen[v] > 800, "value " + v + " seen " + seen[v] + " times of ~1000");
        }
        assertEquals(0, new SplitMix64(1L).nextInt(1));
        assertThrows(IllegalArgumentException.class, () -> random.nextInt(0));
    }

    @Test
    void gaussianIsBoxMullerCosineBranch() {
        SplitMix64 a = new SplitMix64(11L);
        SplitMix64 b = new SplitMix64(11L);
        for (int i = 0; i < 100; i++) {
            double u = b.nextDouble();
            double v = b.nextDouble();
            double expected = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - u))
                    * StrictMath.cos(2.0 * Math.PI * v);
            assertEquals(expected, a.nextGaussian());
        }
    }

    @Test
    void gaussianMomentsAreStandard() {
        // Deterministic (fixed seed): mean and variance of 200000 draws. The bounds are 6
        // standard errors wide, so a correct generator passes for essentially every seed; a
        // wrong scale (e.g. sqrt(-ln u) instead of sqrt(-2 ln u)) or a shifted mean fails.
        SplitMix64 random = new SplitMix64(2024L);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double g = random.nextGaussian();
            sum += g;
            sumSquares += g * g;
        }
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        assertEquals(0.0, mean, 6 / Math.sqrt(n));
        assertEquals(1.0, variance, 6 * Math.sqrt(2.0 / n));
    }

    @Test
    void differentSeedsGiveDifferentStreams() {
        assertTrue(new SplitMix64(1L).nextLong() != new SplitMix64(2L).nextLong());
    }
}
