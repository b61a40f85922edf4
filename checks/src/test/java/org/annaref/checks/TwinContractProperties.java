package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.spec.LshFamily;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.TableParams;
import org.annaref.twin.TwinAnna;
import org.annaref.twin.TwinRun;
import org.junit.jupiter.api.Test;

/**
 * The twin passes the reference's contract checks ({@link AnnaContractProperties}, run on the
 * twin): on random planted instances, families and (l, z), the weight bound holds on every row;
 * a row with no far collision and no near miss satisfies the full row contract; a row with a
 * near miss is reported. Cases are decided by brute force ({@link NeighbourOracle}), not by the
 * checker under test.
 */
class TwinContractProperties {
    private static final LshFamily[] FAMILIES = {new HyperplaneFamily(), new CrossPolytopeFamily(),
        new PStableFamily(0.5)};

    /** The three facts, asserted per run; counts the rows of each case. */
    private final RowContractAudit audit = new RowContractAudit();

    @Test
    void theTwinSatisfiesTheRowContractWhereTheProofSaysItMust() {
        qt().withFixedSeed(777L).withExamples(60)
                .forAll(integers().between(0, FAMILIES.length - 1), integers().between(1, 8),
                        integers().between(1, 6), longs().all())
                .checkAssert((f, l, z, seed) -> {
                    boolean between = (seed & 1) == 0;
                    PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(
                            120, 30, 12, 2, 0.3, 2.5, 2, between ? 1 : 0, false), seed);
                    TwinRun run = TwinAnna.sample(FAMILIES[f], 12, new TableParams(l, z, seed))
                            .run(instance.q(), instance.k(), instance.v(), true);
                    audit.audit(instance, run.weights(), l, FAMILIES[f].name());
                });
        audit.assertExercised(100, 10);
    }

    @Test
    void realWeightsOfTheTwinPassTheRealWeightCheck() {
        PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(300, 60,
                16, 3, 0.25, 3.0, 2, 0, true), 5);
        TwinRun run = TwinAnna.sample(new HyperplaneFamily(), 16, new TableParams(12, 6, 5))
                .run(instance.q(), instance.k(), instance.v(), true);
        AnnaContractChecker checker = new AnnaContractChecker(instance.q(), instance.k(),
                instance.params());
        assertEquals(0, checker.checkWeightBound(run.weights(), 12).violations().size());
        if (checker.farCollisions(run.weights()) == 0) {
            assertTrue(checker.checkExactWeights(run.weights(), 12).violations().stream()
                    .allMatch(v -> v.kind() == RowVerdict.NEAR_KEY_UNDERWEIGHT));
        }
    }
}
