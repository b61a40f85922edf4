package org.annaref.reference.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The rejection step of {@link SplitMix64#nextInt}: 63-bit draws in the incomplete last block of
 * {@code bound} values are drawn again. Such draws have probability below 2^-61 for small
 * bounds, so the test steers the generator there: it inverts Stafford's finalizer to find the
 * seed whose first output is a chosen word.
 */
class SplitMix64RejectionTest {
    private static final long MIX_1 = 0xBF58476D1CE4E5B9L;
    private static final long MIX_2 = 0x94D049BB133111EBL;

    /** The inverse of x -> x ^ (x >>> shift). */
    private static long unxorShift(long y, int shift) {
        long x = y;
        for (int s = shift; s < 64; s += shift) {
            x = y ^ (x >>> shift);
        }
        return x;
    }

    /** The inverse of an odd multiplier modulo 2^64 (Newton's iteration). */
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 6; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** The inverse of the Mix13 finalizer, written from its definition. */
    private static long unmix(long z) {
        long x = unxorShift(z, 31);
        x = unxorShift(x * inverse(MIX_2), 27);
        return unxorShift(x * inverse(MIX_1), 30);
    }

    /** The seed whose first {@link SplitMix64#nextLong()} is {@code output}. */
    private static long seedWithFirstOutput(long output) {
        long seed = unmix(output) - SplitMix64.GOLDEN_GAMMA;
        assertEquals(output, new SplitMix64(seed).nextLong(), "inversion of the finalizer");
        return seed;
    }

    /** The value nextInt(bound) must return when the first draw is rejected. */
    private static int secondDraw(long seed, int bound) {
        SplitMix64 generator = new SplitMix64(seed);
        generator.nextLong();
        return (int) ((generator.nextLong() >>> 1) % bound);
    }

    @Test
    void aDrawInTheIncompleteLastBlockIsDrawnAgain() {
        // bound 3: 2^63 = 3 * 3074457345618258602 + 2, so the 63-bit values Long.MAX_VALUE - 1
        // and Long.MAX_VALUE form the incomplete last block. An output of all ones gives the
        // 63-bit draw Long.MAX_VALUE.
        long seed = seedWithFirstOutput(-1L);
        int expected = secondDraw(seed, 3);
        assertNotEquals((int) (Long.MAX_VALUE % 3), expected, "the test must tell them apart");
        assertEquals(expected, new SplitMix64(seed).nextInt(3));
        long other = seedWithFirstOutput(-3L); // draw Long.MAX_VALUE - 1, also rejected
        assertEquals(secondDraw(other, 3), new SplitMix64(other).nextInt(3));
    }

    @Test
    void theLastValueOfTheLastCompleteBlockIsAccepted() {
        // Long.MAX_VALUE - 2 closes the last complete block for bound 3: accepted as is.
        long draw = Long.MAX_VALUE - 2;
        long seed = seedWithFirstOutput(draw << 1);
        assertNotEquals((int) (draw % 3), secondDraw(seed, 3), "the test must tell them apart");
        assertEquals((int) (draw % 3), new SplitMix64(seed).nextInt(3));
    }

    @Test
    void powersOfTwoRejectNothing() {
        // For bound 2^k the blocks tile the 63-bit range: even the largest draw is accepted.
        long seed = seedWithFirstOutput(-1L);
        assertEquals((int) (Long.MAX_VALUE % 8), new SplitMix64(seed).nextInt(8));
    }
}
