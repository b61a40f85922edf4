package org.annaref.checks.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.annaref.checks.Bits;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.anna.AnnaRun;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;
import org.annaref.twin.Lanes;
import org.annaref.twin.TwinAnna;
import org.annaref.twin.TwinRun;
import org.annaref.twin.TwinSampler;
import org.junit.jupiter.api.Test;

/**
 * ANNA, twin against reference (Algorithm 2), same seed, on random cases over every family and
 * the size grid (N, n, m, m_v in 1, lane - 1, lane, lane + 1 and odd sizes, N = 1, m = 1).
 *
 * <p>The rule: when every bucket key of every key and query agrees (always the case when none
 * is within the margin of a boundary, see {@link KeyAgreement}), the implied weights are equal
 * (integers, exactly) and the outputs are equal bit for bit, because the twin adds in the
 * reference's order (README, "Summation order"). The outputs are also held against the
 * {@link OutputOracle}: the twin's error is at most twice the reference's own. Cases where some
 * key within the margin disagreed are counted and printed, and must stay rare.
 */
class AnnaDifferentialTest {
    @Test
    void twinEqualsReferenceWhereverTheKeysAgree() {
        SplitMix64 random = new SplitMix64(2024);
        int[] sizes = DiffInputs.sizes();
        int compared = 0;
        int skipped = 0;
        double worstRatio = 0;
        for (int c = 0; c < 160; c++) {
            LshFamily family = DiffInputs.families()[c % 5];
            int keys = c < 5 ? 1 : sizes[random.nextInt(sizes.length)] * (1 + random.nextInt(3));
            int queries = c < 10 ? 1 : sizes[random.nextInt(sizes.length)];
            int m = c % 7 == 0 ? 1 : sizes[random.nextInt(sizes.length)];
            int mv = sizes[random.nextInt(sizes.length)];
            TableParams params = new TableParams(1 + random.nextInt(6), 1 + random.nextInt(4),
                    random.nextLong());
            Matrix k = DiffInputs.points("K", keys, m, family, random);
            Matrix q = queriesNearKeys(k, queries, family, random);
            Matrix v = DiffInputs.gaussian("V", keys, mv, random);
            HashTables reference = HashTables.sample(family, m, params);
            AnnaRun expected = new AnnaAlgorithm2(reference).run(q, k, v, true);
            TwinRun actual = TwinAnna.sample(family, m, params).run(q, k, v, true);
            KeyAgreement.Report keyReport = KeyAgreement.compare(reference,
                    TwinSampler.sample(family, m, params), k);
            KeyAgreement.Report queryReport = KeyAgreement.compare(reference,
                    TwinSampler.sample(family, m, params), q);
            String where = family.name() + " N=" + keys + " n=" + queries + " m=" + m + " mv="
                    + mv + " " + params;
            assertTrue(keyReport.agreesOutsideMargin() && queryReport.agreesOutsideMargin(),
                    where + ": " + keyReport + " / " + queryReport);
            if (keyReport.nearDisagreements() + queryReport.nearDisagreements() > 0) {
                skipped++;
                System.out.println("skipped (keys within the margin disagree): " + where);
                continue;
            }
            assertSameWeights(expected.weights(), actual.weights(), where);
            assertTrue(Bits.identical(expected.output(), actual.output()), where);
            BigDecimal[][] oracle = OutputOracle.anna(expected.weights(), v);
            double[] scale = scales(v, queries);
            double refError = OutputOracle.relativeError(expected.output(), oracle, scale);
            double twinError = OutputOracle.relativeError(actual.output(), oracle, scale);
            assertTrue(twinError <= 2 * refError, where + ": twin error " + twinError
                    + " > 2 x reference error " + refError);
            worstRatio = Math.max(worstRatio, refError > 0 ? twinError / refError : 0);
            compared++;
        }
        System.out.println("ANNA differential (" + Lanes.describe() + "): " + compared
                + " cases equal bit for bit, " + skipped + " skipped; largest error ratio "
                + worstRatio);
        assertTrue(compared >= 150, "cases compared: " + compared);
    }

    @Test
    void noKeysOrNoQueriesGiveZeroRows() {
        Matrix q = DiffInputs.gaussian("Q", 3, 4, new SplitMix64(1));
        Matrix none = new Matrix("K", 0, 4, new double[0]);
        Matrix values = new Matrix("V", 0, 2, new double[0]);
        TwinRun run = TwinAnna.sample(DiffInputs.families()[0], 4, new TableParams(2, 2, 1))
                .run(q, none, values, true);
        assertArrayEquals(new double[6], run.output().toArray());
        assertEquals(0, run.weights().total(2));
        Matrix noQueries = new Matrix("Q", 0, 4, new double[0]);
        assertEquals(0, TwinAnna.sample(DiffInputs.families()[0], 4, new TableParams(2, 2, 1))
                .attend(noQueries, q, DiffInputs.gaussian("V", 3, 2, new SplitMix64(2)))
                .rows());
    }

    /** Queries: copies of keys, perturbed keys and fresh points, so rows collide a lot. */
    private static Matrix queriesNearKeys(Matrix k, int n, LshFamily family, SplitMix64 random) {
        int m = k.cols();
        double[] data = new double[n * m];
        boolean integers = DiffInputs.integerInputs(family);
        for (int i = 0; i < n; i++) {
            int choice = random.nextInt(3);
            int j = random.nextInt(k.rows());
            for (int s = 0; s < m; s++) {
                double value = integers ? random.nextInt(3) : random.nextGaussian();
                if (choice == 0) {
                    value = k.get(j, s);
                } else if (choice == 1) {
                    value = integers ? k.get(j, s) : k.get(j, s) + 0.05 * random.nextGaussian();
                }
                data[i * m + s] = value;
            }
        }
        return new Matrix("Q", n, m, data);
    }

    private static double[] scales(Matrix v, int queries) {
        double s = 0;
        for (double x : v.toArray()) {
            s = Math.max(s, Math.abs(x));
        }
        double[] scale = new double[queries];
        java.util.Arrays.fill(scale, s > 0 ? s : 1.0);
        return scale;
    }

    static void assertSameWeights(SparseWeights a, SparseWeights b, String where) {
        assertEquals(a.queries(), b.queries(), where);
        assertEquals(a.keyCount(), b.keyCount(), where);
        for (int i = 0; i < a.queries(); i++) {
            assertArrayEquals(a.keys(i), b.keys(i), where + " row " + i);
            assertArrayEquals(a.counts(i), b.counts(i), where + " row " + i);
            assertEquals(a.total(i), b.total(i), where + " row " + i);
        }
    }
}
