package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaRun;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.Matrix;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/**
 * One query at 0 on a line; keys at 0.5 and -0.9 (near, r = 1), 1.5 (in between, c r = 2) and
 * 5 (far); values 1, 2, 4, 8 (one column) so every output pins down its weights.
 */
class OutputCheckerTest {
    private final Matrix q = new Matrix("Q", 1, 1, new double[] {0});
    private final Matrix k = new Matrix("K", 4, 1, new double[] {0.5, -0.9, 1.5, 5});
    private final Matrix v = new Matrix("V", 4, 1, new double[] {1, 2, 4, 8});
    private final OutputChecker checker = new OutputChecker(q, k, v, new AnnaParams(1, 2), 1e-9);

    private RowVerdict row(double output, int tables, double tau) {
        return checker.checkRow(0, new double[] {output}, tables, tau);
    }

    @Test
    void acceptsConvexCombinationsThatWeighTheNearKeys() {
        assertTrue(row(1.5, 0, 0).isValid(), "1/2, 1/2 on the near keys");
        assertTrue(row((1 + 2 + 4) / 3.0, 1, 0).isValid(), "uniform over the 3 candidates, l=1");
        assertTrue(row(2.0, 0, 0.2).isValid(), "e.g. 0.2, 0.4, 0.4");
    }

    @Test
    void rejectsAnOutputThatNeedsAFarKey() {
        RowVerdict v8 = row(6.0, 0, 0);
        assertEquals(RowVerdict.WRONG_OUTPUT, v8.kind(), v8.describe());
        assertFalse(row(0.5, 0, 0).isValid(), "below every value: not a convex combination");
    }

    @Test
    void rejectsAnOutputThatStarvesANearKey() {
        // 4.0 is key 2 alone: keys 0 and 1 would get weight 0.
        RowVerdict starved = row(4.0, 0, 0);
        assertEquals(RowVerdict.NEAR_KEY_UNDERWEIGHT, starved.kind());
        assertTrue(starved.key() == 0 || starved.key() == 1, starved.describe());
        // 2.9: weights (a, b, c) with a + 2b + 4c = 2.9: the LP can keep a, b >= 0.1 ... but not 1/3.
        assertTrue(row(2.9, 0, 0.1).isValid());
        assertFalse(row(2.9, 1, 0).isValid(), "l = 1 asks 1/3 on each near key");
    }

    @Test
    void zeroRowsAreValidOnlyWithoutNearKeys() {
        assertFalse(row(0.0, 0, 0).isValid());
        Matrix farQuery = new Matrix("Q", 1, 1, new double[] {100});
        OutputChecker lonely = new OutputChecker(farQuery, k, v, new AnnaParams(1, 2), 1e-9);
        assertTrue(lonely.checkRow(0, new double[] {0.0}, 1, 0).isValid());
        assertEquals(RowVerdict.WRONG_OUTPUT, lonely.checkRow(0, new double[] {1.0}, 1, 0).kind());
    }

    @Test
    void theReferenceOutputPassesWheneverItsExactContractHolds() {
        int checked = 0;
        for (long seed = 1; seed <= 8; seed++) {
            PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(120, 30,
                    12, 2, 0.3, 2.5, 2, 0, true), seed);
            HashTables tables = HashTables.sample(new HyperplaneFamily(), 12,
                    new TableParams(12, 16, seed));
            AnnaRun run = new AnnaAlgorithm1(tables).run(instance.q(), instance.k(), instance.v(),
                    true);
            OutputChecker lp = new OutputChecker(instance.q(), instance.k(), instance.v(),
                    instance.params(), 1e-9);
            ContractReport exact = new AnnaContractChecker(instance.q(), instance.k(),
                    instance.params()).checkExactWeights(run.weights(), 12);
            ContractReport withWeights = lp.checkWithWeights(run.output(), run.weights(), 12);
            ContractReport byLp = lp.checkOutput(run.output(), 12, 0);
            assertEquals(exact.validRows(), withWeights.validRows());
            for (int i = 0; i < 30; i++) {
                int query = i;
                boolean exactValid = exact.violations().stream().noneMatch(x -> x.query() == query);
                boolean lpValid = byLp.violations().stream().noneMatch(x -> x.query() == query);
                if (exactValid) {
                    assertTrue(lpValid, "seed " + seed + " query " + i + ": the run's own weights"
                            + " are a feasible point of the program");
                    checked++;
                }
            }
        }
        assertTrue(checked > 60, "rows exercised: " + checked);
    }
}
