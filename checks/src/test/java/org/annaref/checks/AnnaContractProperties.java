package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.anna.AnnaRun;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.spec.LshFamily;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/**
 * The deterministic facts behind Theorem A.1, on random planted instances, families and (l, z):
 * <ol>
 * <li>the weight bound holds on every run and every row;</li>
 * <li>a row where no key beyond c r collided and every key within r collided at least once
 * satisfies the full row contract;</li>
 * <li>a row where some key within r never collided is reported as a near key below tau.</li>
 * </ol>
 * Which rows fall in which case is decided by brute force (the {@link NeighbourOracle}), not by
 * the checker under test.
 */
class AnnaContractProperties {
    private static final LshFamily[] FAMILIES = {new HyperplaneFamily(), new CrossPolytopeFamily(),
        new PStableFamily(0.5)};

    /** The three facts, asserted per run; counts the rows of each case. */
    private final RowContractAudit audit = new RowContractAudit();

    @Test
    void theRowContractHoldsExactlyWhereTheProofSaysItMust() {
        qt().withFixedSeed(424242L).withExamples(60)
                .forAll(integers().between(0, FAMILIES.length - 1), integers().between(1, 8),
                        integers().between(1, 6), longs().all())
                .checkAssert((f, l, z, seed) -> {
                    boolean between = (seed & 1) == 0;
                    PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(
                            120, 30, 12, 2, 0.3, 2.5, 2, between ? 1 : 0, false), seed);
                    HashTables tables = HashTables.sample(FAMILIES[f], 12,
                            new TableParams(l, z, seed));
                    AnnaRun run = new AnnaAlgorithm1(tables).run(instance.q(), instance.k(),
                            instance.v(), true);
                    audit.audit(instance, run.weights(), l, FAMILIES[f].name());
                });
        audit.assertExercised(100, 10);
    }


    @Test
    void algorithmTwoPassesTheSameChecks() {
        PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(400, 100,
                32, 4, 0.25, 3.0, 3, 0, true), 17);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 32,
                new TableParams(16, 8, 17));
        AnnaRun run = new AnnaAlgorithm2(tables).run(instance.q(), instance.k(), instance.v(), true);
        audit.audit(instance, run.weights(), 16, "hyperplane (Algorithm 2)");
    }
}
