package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.Set;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.anna.AnnaRun;
import org.annaref.reference.attention.NeighbourOracle;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.spec.LshFamily;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.SparseWeights;
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

    /** How many rows fell in each case, so the test proves it exercised both. */
    private final int[] cleanRows = new int[1];
    private final int[] missRows = new int[1];

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
                    checkRun(instance, run.weights(), l, FAMILIES[f].name());
                });
        assertTrue(cleanRows[0] > 100, "clean rows exercised: " + cleanRows[0]);
        assertTrue(missRows[0] > 10, "near-miss rows exercised: " + missRows[0]);
    }

    private void checkRun(PlantedInstance instance, SparseWeights weights, int l,
            String family) {
        AnnaContractChecker checker = new AnnaContractChecker(instance.q(), instance.k(),
                instance.params());
        NeighbourOracle oracle = NeighbourOracle.build(instance.q(), instance.k(),
                instance.params());
        assertTrue(checker.checkWeightBound(weights, l).allValid(), family + ": weight bound");
        Set<Integer> violating = new HashSet<>();
        for (RowVerdict v : checker.checkExactWeights(weights, l).violations()) {
            violating.add(v.query());
        }
        for (int i = 0; i < instance.q().rows(); i++) {
            Set<Integer> candidates = new HashSet<>();
            for (int j : oracle.candidates(i)) {
                candidates.add(j);
            }
            boolean farCollision = false;
            for (int j : weights.keys(i)) {
                farCollision |= !candidates.contains(j);
            }
            boolean nearMiss = false;
            for (int j : oracle.near(i)) {
                nearMiss |= weights.count(i, j) == 0;
            }
            if (!farCollision && !nearMiss) {
                assertTrue(!violating.contains(i), family + ": row " + i + " must be valid");
                cleanRows[0]++;
            }
            if (nearMiss && !farCollision) {
                assertTrue(violating.contains(i), family + ": row " + i + " missed a near key");
                missRows[0]++;
            }
        }
    }

    @Test
    void algorithmTwoPassesTheSameChecks() {
        PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(400, 100,
                32, 4, 0.25, 3.0, 3, 0, true), 17);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 32,
                new TableParams(16, 8, 17));
        AnnaRun run = new AnnaAlgorithm2(tables).run(instance.q(), instance.k(), instance.v(), true);
        checkRun(instance, run.weights(), 16, "hyperplane (Algorithm 2)");
    }
}
