package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.annaref.reference.attention.NeighbourOracle;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.SparseWeights;

/**
 * The deterministic facts behind Theorem A.1, asserted on one run's implied weights: the weight
 * bound holds on every row; a row where no key beyond c r collided and every key within r
 * collided satisfies the full row contract; a row with a near miss (and no far collision) is
 * reported. Which case a row is in is decided by brute force ({@link NeighbourOracle}), not by
 * the checker under test. Counts the rows of each case over all audited runs, so a test can
 * show it exercised both.
 */
final class RowContractAudit {
    private int cleanRows;
    private int missRows;

    /** Asserts the three facts on {@code weights} of a run with {@code l} tables. */
    void audit(PlantedInstance instance, SparseWeights weights, int l, String label) {
        AnnaContractChecker checker = new AnnaContractChecker(instance.q(), instance.k(),
                instance.params());
        NeighbourOracle oracle = NeighbourOracle.build(instance.q(), instance.k(),
                instance.params());
        assertTrue(checker.checkWeightBound(weights, l).allValid(), label + ": weight bound");
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
                assertTrue(!violating.contains(i), label + ": row " + i + " must be valid");
                cleanRows++;
            }
            if (nearMiss && !farCollision) {
                assertTrue(violating.contains(i), label + ": row " + i + " missed a near key");
                missRows++;
            }
        }
    }

    /** Asserts that enough rows of both cases were audited to make the audit meaningful. */
    void assertExercised(int minClean, int minMiss) {
        assertTrue(cleanRows > minClean, "clean rows exercised: " + cleanRows);
        assertTrue(missRows > minMiss, "near-miss rows exercised: " + missRows);
    }
}
