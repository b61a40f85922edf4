package org.annaref.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.checks.AnnaContractChecker;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.Distances;
import org.annaref.spec.TableParams;
import org.annaref.twin.TwinAnna;
import org.annaref.twin.TwinRun;
import org.junit.jupiter.api.Test;

/**
 * The quality judgement behind the bench's (z, l) tuning: the planted instance has exactly one
 * key within r of each query (checked by brute force here, where it is affordable), and the
 * sweep's count of rows satisfying the contract equals the contract checker's count on the
 * implied weights of the twin's ANNA with the same (z, l) and seed.
 */
class QualitySweepTest {
    private static final double R = 0.25;
    private static final double C = 3.0;

    @Test
    void theOnlyKeyWithinROfAQueryIsItsPlantedKey() {
        int n = 400;
        PlantedAtScale x = PlantedAtScale.generate(n, 64, 8, R, C, 17);
        for (int i = 0; i < n; i++) {
            double planted = Distances.euclidean(x.q(), i, x.k(), i);
            assertTrue(planted >= R / 2 - 1e-12 && planted <= R, "query " + i + ": " + planted);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    assertTrue(Distances.euclidean(x.q(), i, x.k(), j) > C * R,
                            "query " + i + " key " + j);
                }
            }
        }
        assertTrue(PlantedAtScale.strayNearBound(n, 64, R) < 1e-12);
        assertTrue(PlantedAtScale.strayNearBound(1 << 17, 64, R) < 1e-9);
    }

    @Test
    void sweepCountsTheRowsTheContractCheckerAccepts() {
        int n = 300;
        PlantedAtScale x = PlantedAtScale.generate(n, 64, 4, R, C, 23);
        AnnaContractChecker checker = new AnnaContractChecker(x.q(), x.k(), x.params());
        boolean someFail = false;
        boolean someHold = false;
        int[][] zl = {{3, 2}, {5, 4}, {8, 3}, {12, 1}, {12, 6}, {16, 20}};
        for (int[] c : zl) {
            long seed = 1000L * c[0] + c[1];
            int swept = QualitySweep.satisfiedRows(x, c[0], c[1], seed);
            TwinRun run = TwinAnna.sample(new HyperplaneFamily(), 64, new TableParams(c[1], c[0],
                    seed)).run(x.q(), x.k(), x.v(), true);
            int checked = checker.checkExactWeights(run.weights(), c[1]).validRows();
            assertEquals(checked, swept, "z=" + c[0] + " l=" + c[1]);
            someFail |= swept < n;
            someHold |= swept > 0;
        }
        assertTrue(someFail && someHold, "the cases must include valid and invalid rows");
    }

    @Test
    void chooseFindsTheLeastTablesForItsZ() {
        int n = 512;
        PlantedAtScale x = PlantedAtScale.generate(n, 64, 4, R, C, 29);
        QualitySweep.Choice choice = QualitySweep.choose(x, 0.99, 400, 31);
        int needed = (int) Math.ceil(0.99 * n);
        assertTrue(QualitySweep.satisfiedRows(x, choice.z(), choice.l(), 31) >= needed,
                choice.toString());
        if (choice.l() > 1) {
            assertTrue(QualitySweep.satisfiedRows(x, choice.z(), choice.l() - 1, 31) < needed,
                    choice.toString());
        }
        assertEquals(QualitySweep.satisfiedRows(x, choice.z(), choice.l(), 31) / (double) n,
                choice.quality(), 1e-12);
    }
}
