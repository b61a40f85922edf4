package org.annaref.checks.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annaref.checks.FailureBound;
import org.annaref.checks.PlantedInstance;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.junit.jupiter.api.Test;

/**
 * Power: every claim rejects a planted bug, at the level the validation judges it (QUICK sizes,
 * level 1e-4 / 12 per claim). Each bug is paired with the correct implementation on the same
 * seed, which must hold, so a test passes only when the claim tells the two apart.
 */
class PlantedBugsStatisticalTest {
    private static final double ALPHA = Validation.SUITE_ALPHA / 12;
    private static final long SEED = 4242;

    @Test
    void claim1CatchesADroppedCoordinate() {
        double[] grid = {0.2, 0.5, 0.8, 1.1, 1.4, 1.7, 1.95};
        assertTrue(CollisionCurve.measure(new HyperplaneFamily(), PairDomain.UNIT_SPHERE, 16, grid,
                12_000, 16, SEED, ALPHA).claim().holds());
        assertFalse(CollisionCurve.measure(PlantedBugs.droppedCoordinateHyperplane(),
                PairDomain.UNIT_SPHERE, 16, grid, 12_000, 16, SEED, ALPHA).claim().holds());
    }

    @Test
    void claim1CatchesACrossPolytopeWithoutAbsoluteValues() {
        double[] grid = {0.3, 0.7, 1.1, 1.5, 1.9};
        assertTrue(CrossPolytopeCheck.claim("crosspolytope", CrossPolytopeCheck.measure(
                new CrossPolytopeFamily(), 8, grid, 6_000, 16, SEED), ALPHA).holds());
        assertFalse(CrossPolytopeCheck.claim("crosspolytope", CrossPolytopeCheck.measure(
                PlantedBugs.signedArgmaxCrossPolytope(), 8, grid, 6_000, 16, SEED), ALPHA)
                .holds());
    }

    @Test
    void claim2CatchesAPStableWidthThatIsNotTheStatedOne() {
        assertTrue(SensitivityCheck.check(new PStableFamily(1.0), PairDomain.EUCLIDEAN, 16, 0.5,
                2.0, 12_000, 16, SEED, ALPHA).holds());
        assertFalse(SensitivityCheck.check(PlantedBugs.narrowPStable(1.0), PairDomain.EUCLIDEAN,
                16, 0.5, 2.0, 12_000, 16, SEED, ALPHA).holds());
    }

    private static Amplification amplification(TableSampler sampler) {
        return Amplification.measure(new HyperplaneFamily(), PairDomain.UNIT_SPHERE, 16, 0.5,
                new int[][] {{1, 1}, {3, 1}, {3, 4}, {6, 8}, {2, 16}}, 3_000, sampler, SEED, ALPHA);
    }

    @Test
    void claim3CatchesZOffByOne() {
        assertTrue(amplification(TableSampler.REFERENCE).amplificationClaim().holds());
        assertFalse(amplification(PlantedBugs.zOffByOne()).amplificationClaim().holds());
    }

    @Test
    void claim4CatchesTablesSharingASeed() {
        assertTrue(amplification(TableSampler.REFERENCE).independenceClaim().holds());
        assertFalse(amplification(PlantedBugs.sharedSeed()).independenceClaim().holds());
    }

    private static FailureExperiment failures(TableSampler sampler, AnnaRunner runner) {
        PlantedInstance clean = PlantedInstance.generate(new PlantedInstance.Shape(300, 60, 16, 2,
                0.25, 3.0, 2, 0, false), SEED);
        FailureBound bound = FailureBound.of(new HyperplaneFamily(), clean.q(), clean.k(),
                clean.params());
        int[] zl = bound.cheapest(0.3, FailureBound.MAX_Z, 4096);
        return FailureExperiment.run("clean", new HyperplaneFamily(), clean, zl[0], zl[1], 300,
                bound.bound(zl[0], zl[1]), sampler, runner, SEED);
    }

    @Test
    void claim5CatchesTablesSharingASeed() {
        assertTrue(failures(TableSampler.REFERENCE, AnnaRunner.REFERENCE)
                .failureClaim("C5", "test", ALPHA).holds());
        assertFalse(failures(PlantedBugs.sharedSeed(), AnnaRunner.REFERENCE)
                .failureClaim("C5", "test", ALPHA).holds());
    }

    @Test
    void claim6CatchesAWrongDenominator() {
        assertTrue(FailureExperiment.weightBoundClaim(List.of(
                failures(TableSampler.REFERENCE, AnnaRunner.REFERENCE))).holds());
        assertFalse(FailureExperiment.weightBoundClaim(List.of(
                failures(TableSampler.REFERENCE, PlantedBugs.wrongDenominator()))).holds());
    }

    @Test
    void claim7CatchesTablesSummedInAnotherOrder() {
        assertTrue(ExactnessCheck.check(300, ExactnessCheck.ALGORITHM_2, SEED).holds());
        assertFalse(ExactnessCheck.check(300, PlantedBugs.reversedTables(), SEED).holds());
    }
}
