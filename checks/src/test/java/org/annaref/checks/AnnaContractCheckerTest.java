package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.spec.AnnaParams;
import org.annaref.spec.Matrix;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.SparseWeights;
import org.junit.jupiter.api.Test;

/**
 * Hand-made weights on a one-query, 1-D instance: keys at distances 0.5 (near), 0.9 (near),
 * 1.5 (in between) and 5 (far) from the query, with r = 1, c = 2 (so c r = 2, three candidates).
 * Each planted defect must be reported with the right kind and key.
 */
class AnnaContractCheckerTest {
    private final Matrix q = new Matrix("Q", 1, 1, new double[] {0});
    private final Matrix k = new Matrix("K", 4, 1, new double[] {0.5, -0.9, 1.5, 5});
    private final AnnaContractChecker checker = new AnnaContractChecker(q, k, new AnnaParams(1, 2));

    private static SparseWeights row(int[] keys, int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        return new SparseWeights(4, new int[][] {keys}, new int[][] {counts}, new long[] {total});
    }

    private RowVerdict only(ContractReport report) {
        assertEquals(1, report.violations().size(), report.summary());
        return report.violations().get(0);
    }

    @Test
    void acceptsARunWithinTheBound() {
        // l = 2, n = 3 candidates: tau = 1 / (2 * 2 + 1) = 1/5. Weights 2/5, 1/5, 2/5.
        SparseWeights w = row(new int[] {0, 1, 2}, new int[] {2, 1, 2});
        assertTrue(checker.checkExactWeights(w, 2).allValid());
        assertTrue(checker.checkWeightBound(w, 2).allValid());
        assertEquals(0, checker.farCollisions(w));
    }

    @Test
    void catchesWeightOnAFarKey() {
        SparseWeights w = row(new int[] {0, 1, 3}, new int[] {1, 1, 1});
        RowVerdict v = only(checker.checkExactWeights(w, 2));
        assertEquals(RowVerdict.WEIGHT_BEYOND_CR, v.kind());
        assertEquals(3, v.key());
        assertEquals(5.0, v.distance());
        assertEquals(1, checker.farCollisions(w));
    }

    @Test
    void catchesANearKeyThatNeverCollided() {
        SparseWeights w = row(new int[] {0, 2}, new int[] {2, 2});
        RowVerdict v = only(checker.checkExactWeights(w, 2));
        assertEquals(RowVerdict.NEAR_KEY_UNDERWEIGHT, v.kind());
        assertEquals(1, v.key());
        assertEquals(0.0, v.weight());
        assertTrue(v.describe().contains("key 1"), v.describe());
    }

    @Test
    void nearKeyAtExactlyTauIsValidAndCountsAboveLAreMalformed() {
        // l = 3, n = 3 candidates: tau = 1/7; key 1 has 1 of 3 + 1 + 3 = 7 collisions: exactly tau.
        SparseWeights atTau = row(new int[] {0, 1, 2}, new int[] {3, 1, 3});
        assertTrue(checker.checkExactWeights(atTau, 3).allValid());
        // The same counts cannot come from l = 2 tables (a count of 3 > l).
        assertEquals(RowVerdict.MALFORMED_WEIGHTS, only(checker.checkExactWeights(atTau, 2)).kind());
        // Without far collisions a near key that collided cannot fall below tau (the weight-bound
        // lemma); with one, the far key is what the contract reports.
        SparseWeights inflated = row(new int[] {0, 1, 2, 3}, new int[] {3, 1, 3, 1});
        assertEquals(RowVerdict.WEIGHT_BEYOND_CR,
                only(checker.checkExactWeights(inflated, 3)).kind());
    }

    @Test
    void weightBoundUsesTheCollidingKeys() {
        // The deterministic bound holds for any counts <= l; a wrong denominator would not.
        SparseWeights w = row(new int[] {0, 1, 2, 3}, new int[] {3, 1, 3, 3});
        assertTrue(checker.checkWeightBound(w, 3).allValid());
        // Claiming l = 1 with counts of 3 breaks it: 1 * ((4 - 1) * 1 + 1) = 4 < 10.
        assertFalse(checker.checkWeightBound(w, 1).allValid());
    }

    @Test
    void catchesMalformedRows() {
        SparseWeights unsorted = row(new int[] {1, 0}, new int[] {1, 1});
        assertEquals(RowVerdict.MALFORMED_WEIGHTS, only(checker.checkExactWeights(unsorted, 2)).kind());
        SparseWeights wrongTotal = new SparseWeights(4, new int[][] {{0, 1}},
                new int[][] {{1, 1}}, new long[] {3});
        assertEquals(RowVerdict.MALFORMED_WEIGHTS,
                only(checker.checkExactWeights(wrongTotal, 2)).kind());
        SparseWeights outOfRange = row(new int[] {0, 4}, new int[] {1, 1});
        assertEquals(RowVerdict.MALFORMED_WEIGHTS,
                only(checker.checkExactWeights(outOfRange, 2)).kind());
        SparseWeights zeroCount = row(new int[] {0, 1}, new int[] {0, 1});
        assertEquals(RowVerdict.MALFORMED_WEIGHTS,
                only(checker.checkExactWeights(zeroCount, 2)).kind());
    }

    @Test
    void realWeightsEachKindOfViolation() {
        double tol = 1e-9;
        // tau with l = 1 and 3 candidates: 1/3.
        assertTrue(checker.checkRealWeights(weights(0.4, 0.35, 0.25, 0), 1, 0, tol).allValid());
        assertEquals(RowVerdict.NEGATIVE_WEIGHT,
                only(checker.checkRealWeights(weights(0.6, 0.5, -0.1, 0), 1, 0, tol)).kind());
        assertEquals(RowVerdict.WEIGHT_BEYOND_CR,
                only(checker.checkRealWeights(weights(0.4, 0.4, 0, 0.2), 1, 0, tol)).kind());
        RowVerdict under = only(checker.checkRealWeights(weights(0.8, 0.1, 0.1, 0), 1, 0, tol));
        assertEquals(RowVerdict.NEAR_KEY_UNDERWEIGHT, under.kind());
        assertEquals(1, under.key());
        assertEquals(RowVerdict.BAD_SUM,
                only(checker.checkRealWeights(weights(0.4, 0.4, 0.1, 0), 1, 0, tol)).kind());
        // A fixed tau overrides the formula.
        assertTrue(checker.checkRealWeights(weights(0.8, 0.1, 0.1, 0), 1, 0.05, tol).allValid());
        // Tolerance: a tiny weight on a far key is zero within 1e-9, not within 0.
        assertTrue(checker.checkRealWeights(weights(0.5, 0.5, 0, 1e-12), 1, 0, tol).allValid());
        assertFalse(checker.checkRealWeights(weights(0.5, 0.5, 0, 1e-12), 1, 0, 0).allValid());
    }

    @Test
    void zeroRowIsValidOnlyWithoutNearKeys() {
        assertEquals(RowVerdict.NEAR_KEY_UNDERWEIGHT,
                only(checker.checkRealWeights(weights(0, 0, 0, 0), 1, 0, 1e-9)).kind());
        Matrix lonely = new Matrix("Q", 1, 1, new double[] {100});
        AnnaContractChecker far = new AnnaContractChecker(lonely, k, new AnnaParams(1, 2));
        assertTrue(far.checkRealWeights(weights(0, 0, 0, 0), 1, 0, 1e-9).allValid());
        SparseWeights none = row(new int[0], new int[0]);
        assertTrue(far.checkExactWeights(none, 1).allValid());
    }

    @Test
    void rejectsWeightsOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class,
                () -> checker.checkRealWeights(new Matrix("W", 1, 3, new double[3]), 1, 0, 0));
        SparseWeights wrong = new SparseWeights(5, new int[][] {{}}, new int[][] {{}},
                new long[] {0});
        assertThrows(IllegalArgumentException.class, () -> checker.checkExactWeights(wrong, 1));
    }

    private static Matrix weights(double... w) {
        return new Matrix("W", 1, w.length, w);
    }
}
