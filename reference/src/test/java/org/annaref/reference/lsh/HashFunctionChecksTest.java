package org.annaref.reference.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.annaref.reference.TestMatrices;
import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Every hash function checks its arguments before hashing (dimension, row, room in the output),
 * refuses non-finite parameters, and honours its stated value range exactly at the edge.
 */
class HashFunctionChecksTest {
    private static Matrix rows(int cols, double... values) {
        return new Matrix("X", values.length / cols, cols, values);
    }

    private static long hashOne(HashFunction h, Matrix x, int row) {
        long[] out = new long[h.words()];
        h.hash(x, row, out, 0);
        return out[0];
    }

    /** One function of each of the five families, all of dimension 2. */
    private static HashFunction[] oneOfEachFamilyOfDimensionTwo() {
        return new HashFunction[] {new HyperplaneHash(new double[] {1, 2}),
            new PStableHash(new double[] {1, 2}, 0.5, 1.0),
            new CrossPolytopeHash(new double[] {1, 0, 0, 1}, 2, 2),
            new BitSamplingHash(0, 2), new IdentityHash(2)};
    }

    @Test
    void everyFunctionChecksDimensionRowAndRoom() {
        // Dimension 2 throughout; each function could read a 1-column matrix without an index
        // error (it loops over the matrix's columns or reads column 0), so only the check
        // catches the mismatch.
        HashFunction[] functions = oneOfEachFamilyOfDimensionTwo();
        Matrix narrow = rows(1, 1, 2);
        Matrix good = rows(2, 1, 2, 3, 4);
        for (HashFunction h : functions) {
            String name = h.getClass().getSimpleName();
            assertThrows(IllegalArgumentException.class,
                    () -> h.hash(narrow, 0, new long[h.words()], 0), name + ": dimension");
            assertThrows(IllegalArgumentException.class,
                    () -> h.hash(good, 2, new long[h.words()], 0), name + ": row");
            assertThrows(IllegalArgumentException.class,
                    () -> h.hash(good, -1, new long[h.words()], 0), name + ": negative row");
            assertThrows(IllegalArgumentException.class,
                    () -> h.hash(good, 0, new long[h.words()], 1), name + ": no room");
            assertThrows(IllegalArgumentException.class,
                    () -> h.hash(good, 0, new long[h.words() + 1], -1), name + ": offset");
            // In range, the words land at the offset and nothing else is written.
            long[] out = new long[h.words() + 2];
            java.util.Arrays.fill(out, Long.MIN_VALUE);
            h.hash(good, 1, out, 1);
            assertEquals(Long.MIN_VALUE, out[0], name);
            assertEquals(Long.MIN_VALUE, out[out.length - 1], name);
        }
    }

    @Test
    void checkMessagesNameTheArgumentAndItsValue() {
        HashFunction[] functions = oneOfEachFamilyOfDimensionTwo();
        Matrix narrow = rows(1, 1, 2);
        Matrix good = rows(2, 1, 2, 3, 4);
        for (HashFunction h : functions) {
            String name = h.getClass().getSimpleName();
            int words = h.words();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> h.hash(narrow, 0, new long[words], 0), name);
            assertTrue(e.getMessage().contains(
                    "X (2 x 1) has 1 columns but the hash function expects dimension 2"),
                    name + ": " + e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> h.hash(good, -1, new long[words], 0), name);
            assertTrue(e.getMessage().contains("row -1 is outside X (2 x 2)"),
                    name + ": " + e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> h.hash(good, 0, new long[words + 2], 3), name);
            assertTrue(e.getMessage().contains("offset 3 leaves no room for " + words
                    + " words in an array of " + (words + 2)), name + ": " + e.getMessage());
        }
    }

    @Test
    void nonFiniteParametersAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new HyperplaneHash(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> new PStableHash(new double[] {Double.POSITIVE_INFINITY, 1}, 0.0, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> new PStableHash(new double[] {1, 1}, Double.NaN, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> new CrossPolytopeHash(
                        new double[] {1, 0, Double.NEGATIVE_INFINITY, 1}, 2, 2));
    }

    @Test
    void pStableBucketsOfMagnitude2To62AreRefusedAndJustBelowAccepted() {
        PStableHash h = new PStableHash(new double[] {1.0}, 0.0, 1.0);
        double edge = PStableHash.MAX_BUCKET; // 2^62
        assertEquals(0x1p62, edge, 0.0);
        assertThrows(IllegalArgumentException.class, () -> h.bucket(rows(1, edge), 0));
        assertThrows(IllegalArgumentException.class, () -> h.bucket(rows(1, -edge), 0));
        double below = Math.nextDown(edge); // 2^62 - 512
        assertEquals(4611686018427387392L, h.bucket(rows(1, below), 0));
        assertEquals(-4611686018427387392L, h.bucket(rows(1, -below), 0));
        assertEquals(1.0, h.width(), 0.0);
    }

    @Test
    void bitSamplingAcceptsIntegersBelow2To53Only() {
        BitSamplingHash h = new BitSamplingHash(0, 1);
        double edge = BitSamplingHash.MAX_MAGNITUDE; // 2^53
        assertEquals(0x1p53, edge, 0.0);
        assertThrows(IllegalArgumentException.class, () -> h.value(rows(1, edge), 0));
        assertThrows(IllegalArgumentException.class, () -> h.value(rows(1, -edge), 0));
        assertEquals(9007199254740991L, h.value(rows(1, edge - 1), 0));
        assertEquals(-9007199254740991L, h.value(rows(1, 1 - edge), 0));
    }

    @Test
    void crossPolytopeWithMoreOutputsThanInputs() {
        // A is 3 x 2 (m' = 3): y = (x_0, x_1, x_0 + x_1); the vertices are 0..5.
        CrossPolytopeHash h = new CrossPolytopeHash(new double[] {1, 0, 0, 1, 1, 1}, 3, 2);
        assertEquals(3, h.outputs());
        assertEquals(2, h.dim());
        Matrix x = rows(2, 1, 0.5, -1, -0.5, 3, -1, 0, -2);
        assertEquals(4, hashOne(h, x, 0)); // y = (1, 0.5, 1.5): index 2, positive
        assertEquals(5, hashOne(h, x, 1)); // y = (-1, -0.5, -1.5): index 2, negative
        assertEquals(0, hashOne(h, x, 2)); // y = (3, -1, 2): index 0, positive
        assertEquals(3, hashOne(h, x, 3)); // y = (0, -2, -2): index 1 first, negative
    }

    @Test
    void plainVectorDotUsesTheSameOrderAsTheMatrixForm() {
        assertEquals(32.0, Projection.dot(new double[] {1, 2, 3}, new double[] {4, 5, 6}), 0.0);
        assertEquals(0.0, Projection.dot(new double[] {}, new double[] {}), 0.0);
        SplittableRandom random = new SplittableRandom(515L);
        Matrix x = TestMatrices.uniform("X", 4, 9, random);
        double[] a = TestMatrices.uniform("A", 1, 9, random).row(0);
        for (int row = 0; row < 4; row++) {
            double viaMatrix = Projection.dot(a, 0, x, row);
            double viaVector = Projection.dot(a, x.row(row));
            assertEquals(Double.doubleToRawLongBits(viaMatrix),
                    Double.doubleToRawLongBits(viaVector), "row " + row);
        }
        assertTrue(Projection.dot(new double[] {1e308, -1e308}, new double[] {1, 1}) == 0.0,
                "summed left to right: 1e308 - 1e308, not reordered");
    }
}
