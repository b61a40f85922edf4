package org.annaref.reference.ema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.annaref.reference.TestMatrices;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.lsh.IdentityFamily;
import org.annaref.spec.EmaContract;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

class ExactMatchAttentionProperties {
    /** Keys from a small integer alphabet (many exact matches), queries half copied from keys. */
    private static Matrix[] instance(int n, int m, int mv, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Matrix k = TestMatrices.smallIntegers("K", n, m, 3, random);
        Matrix fresh = TestMatrices.smallIntegers("Q", n, m, 3, random);
        double[] q = fresh.toArray();
        for (int i = 0; i < n; i += 2) {
            if (n > 0) {
                System.arraycopy(k.row(random.nextInt(n)), 0, q, i * m, m);
            }
        }
        return new Matrix[] {new Matrix("Q", n, m, q), k, TestMatrices.uniform("V", n, mv, random)};
    }

    @Test
    void emaEqualsTheDefinitionBitForBit() {
        qt().withFixedSeed(11L).withExamples(200)
                .forAll(integers().between(0, 50), integers().between(1, 4), longs().all())
                .checkAssert((n, m, seed) -> {
                    Matrix[] qkv = instance(n, m, 3, seed);
                    Matrix out = new ExactMatchAttention().attend(qkv[0], qkv[1], qkv[2]);
                    for (int i = 0; i < n; i++) {
                        double[] expected = EmaContract.expectedRow(qkv[0], i, qkv[1], qkv[2]);
                        assertArrayEquals(expected, out.row(i), 0.0, "query " + i);
                        assertTrue(EmaContract.checkRow(i, out.row(i), expected, 0.0).isValid());
                    }
                });
    }

    @Test
    void emaEqualsAnnaWithTheIdentityFamilyAndOneTable() {
        qt().withFixedSeed(12L).withExamples(200)
                .forAll(integers().between(0, 50), integers().between(1, 4), longs().all())
                .checkAssert((n, m, seed) -> {
                    Matrix[] qkv = instance(n, m, 2, seed);
                    HashTables identity = HashTables.sample(new IdentityFamily(), m,
                            new TableParams(1, 1, seed));
                    Matrix ema = new ExactMatchAttention().attend(qkv[0], qkv[1], qkv[2]);
                    assertTrue(TestMatrices.bitIdentical(ema,
                            new AnnaAlgorithm1(identity).attend(qkv[0], qkv[1], qkv[2])));
                    assertTrue(TestMatrices.bitIdentical(ema,
                            new AnnaAlgorithm2(identity).attend(qkv[0], qkv[1], qkv[2])));
                });
    }

    @Test
    void negativeZeroMatchesZeroAndAveragesInKeyOrder() {
        Matrix k = new Matrix("K", 3, 2, new double[] {0.0, 1, -0.0, 1, 5, 5});
        Matrix v = new Matrix("V", 3, 1, new double[] {1, 2, 100});
        Matrix q = new Matrix("Q", 3, 2, new double[] {-0.0, 1, 5, 5, 7, 7});
        Matrix out = new ExactMatchAttention().attend(q, k, v);
        assertEquals(1.5, out.get(0, 0));
        assertEquals(100.0, out.get(1, 0));
        assertEquals(0.0, out.get(2, 0));
    }

    @Test
    void emptyKeysAndEmptyQueries() {
        Matrix noKeys = new Matrix("K", 0, 2, new double[0]);
        Matrix noValues = new Matrix("V", 0, 3, new double[0]);
        Matrix q = new Matrix("Q", 2, 2, new double[] {1, 2, 3, 4});
        Matrix out = new ExactMatchAttention().attend(q, noKeys, noValues);
        assertEquals(2, out.rows());
        assertEquals(3, out.cols());
        assertArrayEquals(new double[6], out.toArray());
        Matrix noQueries = new Matrix("Q", 0, 2, new double[0]);
        assertEquals(0, new ExactMatchAttention().attend(noQueries, noKeys, noValues).rows());
    }
}
