package org.annaref.reference.anna;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.annaref.reference.TestMatrices;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.lsh.BitSamplingFamily;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.IdentityFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/** Algorithm 1 and Algorithm 2 over random inputs, families and (l, z). */
class AnnaAlgorithmsProperties {
    private static final LshFamily[] FAMILIES = {new HyperplaneFamily(), new PStableFamily(0.8),
        new CrossPolytopeFamily(), new BitSamplingFamily(), new IdentityFamily()};

    /** A random instance; bit sampling and identity get small integers so collisions happen. */
    private static Matrix[] instance(LshFamily family, int n, int queries, int m, int mv,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean integers = family instanceof BitSamplingFamily || family instanceof IdentityFamily;
        Matrix k = integers ? TestMatrices.smallIntegers("K", n, m, 2, random)
                : TestMatrices.uniform("K", n, m, random);
        Matrix q = integers ? TestMatrices.smallIntegers("Q", queries, m, 2, random)
                : TestMatrices.uniform("Q", queries, m, random);
        Matrix v = TestMatrices.uniform("V", n, mv, random);
        return new Matrix[] {q, k, v};
    }

    @Test
    void algorithmOneEqualsAlgorithmTwoBitForBit() {
        qt().withFixedSeed(3141L).withExamples(150)
                .forAll(integers().between(0, FAMILIES.length - 1), integers().between(0, 40),
                        integers().between(1, 5), longs().all())
                .checkAssert((f, n, m, seed) -> {
                    LshFamily family = FAMILIES[f];
                    int l = 1 + (int) Math.floorMod(seed, 6);
                    int z = 1 + (int) Math.floorMod(seed >> 16, 4);
                    Matrix[] qkv = instance(family, n, 1 + n / 2, m, 1 + (int) Math.floorMod(seed >> 8, 3), seed);
                    HashTables tables = HashTables.sample(family, m, new TableParams(l, z, seed));
                    AnnaRun one = new AnnaAlgorithm1(tables).run(qkv[0], qkv[1], qkv[2], true);
                    AnnaRun two = new AnnaAlgorithm2(tables).run(qkv[0], qkv[1], qkv[2], true);
                    assertTrue(TestMatrices.bitIdentical(one.output(), two.output()),
                            family.name() + " n=" + n + " m=" + m + " l=" + l + " z=" + z);
                    assertSameWeights(one.weights(), two.weights());
                });
    }

    private static void assertSameWeights(SparseWeights a, SparseWeights b) {
        assertEquals(a.queries(), b.queries());
        for (int i = 0; i < a.queries(); i++) {
            assertArrayEquals(a.keys(i), b.keys(i), "keys of query " + i);
            assertArrayEquals(a.counts(i), b.counts(i), "counts of query " + i);
            assertEquals(a.total(i), b.total(i));
        }
    }

    @Test
    void outputIsTheWeightedAverageTheImpliedWeightsDescribe() {
        qt().withFixedSeed(2718L).withExamples(100)
                .forAll(integers().between(0, FAMILIES.length - 1), integers().between(1, 30),
                        longs().all())
                .checkAssert((f, n, seed) -> {
                    LshFamily family = FAMILIES[f];
                    Matrix[] qkv = instance(family, n, n, 3, 2, seed);
                    HashTables tables = HashTables.sample(family, 3, new TableParams(3, 2, seed));
                    AnnaRun run = new AnnaAlgorithm1(tables).run(qkv[0], qkv[1], qkv[2], true);
                    SparseWeights w = run.weights();
                    Matrix v = qkv[2];
                    for (int i = 0; i < n; i++) {
                        int[] keys = w.keys(i);
                        int[] counts = w.counts(i);
                        long total = 0;
                        for (int c : counts) {
                            assertTrue(c >= 1 && c <= 3, "1 <= c_ij <= l");
                            total += c;
                        }
                        assertEquals(total, w.total(i));
                        for (int t = 0; t < v.cols(); t++) {
                            double expected = 0;
                            for (int p = 0; p < keys.length; p++) {
                                expected += counts[p] * v.get(keys[p], t);
                            }
                            expected = total == 0 ? 0.0 : expected / total;
                            assertEquals(expected, run.output().get(i, t), 1e-12,
                                    "query " + i + " column " + t);
                        }
                        // Brute force: c_ij is the number of tables where key j shares q_i's bucket.
                        for (int j = 0; j < n; j++) {
                            assertEquals(collisions(tables, qkv[0], i, qkv[1], j), w.count(i, j));
                        }
                    }
                });
    }

    private static int collisions(HashTables tables, Matrix q, int i, Matrix k, int j) {
        int count = 0;
        for (int t = 0; t < tables.count(); t++) {
            int width = tables.table(t).width();
            long[] a = new long[width];
            long[] b = new long[width];
            tables.table(t).bucketKey(q, i, a, 0);
            tables.table(t).bucketKey(k, j, b, 0);
            count += java.util.Arrays.equals(a, b) ? 1 : 0;
        }
        return count;
    }

    @Test
    void noCollisionGivesAZeroRowAndNoKeysGivesAZeroMatrix() {
        HashTables tables = HashTables.sample(new IdentityFamily(), 2, new TableParams(2, 1, 0));
        Matrix k = new Matrix("K", 2, 2, new double[] {1, 1, 2, 2});
        Matrix v = new Matrix("V", 2, 1, new double[] {10, 20});
        Matrix q = new Matrix("Q", 2, 2, new double[] {2, 2, 3, 3});
        AnnaRun run = new AnnaAlgorithm2(tables).run(q, k, v, true);
        assertEquals(20.0, run.output().get(0, 0));
        assertEquals(0.0, run.output().get(1, 0));
        assertEquals(0, run.weights().total(1));
        Matrix none = new Matrix("K", 0, 2, new double[0]);
        Matrix noValues = new Matrix("V", 0, 1, new double[0]);
        Matrix out = new AnnaAlgorithm1(tables).attend(q, none, noValues);
        assertEquals(2, out.rows());
        assertEquals(0.0, out.get(0, 0));
        assertEquals(0.0, out.get(1, 0));
    }
}
