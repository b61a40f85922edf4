package org.annaref.reference.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

/** Each family's hash by hand, its sign/tie conventions, and its sampling rule. */
class HashFunctionTest {
    private static Matrix rows(int cols, double... values) {
        return new Matrix("X", values.length / cols, cols, values);
    }

    private static long hashOne(HashFunction h, Matrix x, int row) {
        long[] out = new long[h.words()];
        h.hash(x, row, out, 0);
        return out[0];
    }

    @Test
    void hyperplaneSignConventionAtZero() {
        HyperplaneHash h = new HyperplaneHash(new double[] {1.0, -1.0});
        Matrix x = rows(2, 1, 1, 0, 0, 2, 1, 1, 2, -0.0, 0.0);
        assertEquals(1, hashOne(h, x, 0), "projection exactly 0 hashes to 1");
        assertEquals(1, hashOne(h, x, 1), "the zero vector hashes to 1");
        assertEquals(1, hashOne(h, x, 2));
        assertEquals(0, hashOne(h, x, 3));
        assertEquals(1, hashOne(h, x, 4), "a projection of -0.0 hashes to 1 as well");
    }

    @Test
    void pStableFloorsTheShiftedScaledProjection() {
        PStableHash h = new PStableHash(new double[] {1.0, 2.0}, 0.25, 0.5);
        Matrix x = rows(2, 0, 0, 1, 0, -1, 0, 0.1, 0.1);
        assertEquals(0, hashOne(h, x, 0)); // floor(0.25 / 0.5) = 0
        assertEquals(2, hashOne(h, x, 1)); // floor(1.25 / 0.5) = 2
        assertEquals(-2, hashOne(h, x, 2)); // floor(-0.75 / 0.5) = -2
        assertEquals(1, hashOne(h, x, 3)); // floor(0.55 / 0.5) = 1
        Matrix huge = rows(2, 1e300, 0);
        PStableHash tiny = new PStableHash(new double[] {1.0, 0.0}, 0.0, 1e-10);
        assertThrows(IllegalArgumentException.class, () -> hashOne(tiny, huge, 0));
    }

    @Test
    void crossPolytopeEncodesIndexAndSign() {
        // A = identity: y = x.
        CrossPolytopeHash h = new CrossPolytopeHash(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 3, 3);
        Matrix x = rows(3, 0.1, -0.5, 0.2, 0.9, 0, 0, 0, 0, -3, 0.5, 0.5, -0.5, 0, 0, 0);
        assertEquals(3, hashOne(h, x, 0)); // index 1, negative
        assertEquals(0, hashOne(h, x, 1)); // index 0, positive
        assertEquals(5, hashOne(h, x, 2)); // index 2, negative
        assertEquals(0, hashOne(h, x, 3), "ties go to the smallest index");
        assertEquals(0, hashOne(h, x, 4), "the zero vector maps to +e_1");
    }

    @Test
    void bitSamplingReadsOneIntegerCoordinate() {
        BitSamplingHash h = new BitSamplingHash(2, 3);
        Matrix x = rows(3, 0, 1, 7, 1, 1, -4);
        assertEquals(7, hashOne(h, x, 0));
        assertEquals(-4, hashOne(h, x, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hashOne(h, rows(3, 0, 0, 0.5), 0));
        assertTrue(e.getMessage().contains("X[0][2] = 0.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BitSamplingHash(3, 3));
    }

    @Test
    void identityUsesCanonicalBitsSoNegativeZeroEqualsZero() {
        IdentityHash h = new IdentityHash(2);
        Matrix x = rows(2, -0.0, 1.5, 0.0, 1.5);
        long[] a = new long[2];
        long[] b = new long[2];
        h.hash(x, 0, a, 0);
        h.hash(x, 1, b, 0);
        assertArrayEquals(a, b);
        assertEquals(Double.doubleToRawLongBits(1.5), a[1]);
        assertEquals(0L, IdentityHash.canonicalBits(-0.0));
    }

    @Test
    void samplingFollowsTheStatedRule() {
        long seed = 99L;
        SplitMix64 random = new SplitMix64(seed);
        double[] expected = new double[4];
        for (int t = 0; t < 4; t++) {
            expected[t] = random.nextGaussian();
        }
        assertArrayEquals(expected, ((HyperplaneHash) new HyperplaneFamily().sample(4, seed)).normal());

        PStableHash p = (PStableHash) new PStableFamily(2.0).sample(4, seed);
        assertArrayEquals(expected, p.direction());
        assertEquals(2.0 * random.nextDouble(), p.offset());

        CrossPolytopeHash c = (CrossPolytopeHash) new CrossPolytopeFamily().sample(2, seed);
        SplitMix64 again = new SplitMix64(seed);
        double[] matrix = new double[4];
        for (int t = 0; t < 4; t++) {
            matrix[t] = again.nextGaussian();
        }
        assertArrayEquals(matrix, c.rotation());

        BitSamplingHash b = (BitSamplingHash) new BitSamplingFamily().sample(10, seed);
        assertEquals(new SplitMix64(seed).nextInt(10), b.coordinate());
    }

    @Test
    void sameSeedSameFunctionDifferentSeedDifferentFunction() {
        LshFamily[] families = {new HyperplaneFamily(), new PStableFamily(1.0),
            new CrossPolytopeFamily()};
        for (LshFamily family : families) {
            HashFunction a = family.sample(8, 5L);
            HashFunction b = family.sample(8, 5L);
            HashFunction c = family.sample(8, 6L);
            Matrix x = rows(8, 0.3, -0.1, 0.7, 0.2, -0.9, 0.4, 0.05, -0.6);
            assertEquals(hashOne(a, x, 0), hashOne(b, x, 0), family.name());
            assertNotEquals(describe(a), describe(c), family.name());
        }
    }

    private static String describe(HashFunction h) {
        if (h instanceof HyperplaneHash hp) {
            return java.util.Arrays.toString(hp.normal());
        } else if (h instanceof PStableHash ps) {
            return java.util.Arrays.toString(ps.direction()) + ps.offset();
        }
        return java.util.Arrays.toString(((CrossPolytopeHash) h).rotation());
    }

    @Test
    void hashRejectsWrongDimensionAndNoRoom() {
        HyperplaneHash h = new HyperplaneHash(new double[] {1, 2});
        Matrix x = rows(3, 1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> h.hash(x, 0, new long[1], 0));
        Matrix y = rows(2, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> h.hash(y, 0, new long[1], 1));
        assertThrows(IllegalArgumentException.class, () -> h.hash(y, 1, new long[1], 0));
        assertThrows(IllegalArgumentException.class, () -> new PStableFamily(0.0));
        assertThrows(IllegalArgumentException.class, () -> new PStableFamily(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new HyperplaneFamily().sample(0, 1L));
    }
}
