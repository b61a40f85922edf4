package org.annaref.reference.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The analytic p(d) of each family against its formula at known points. */
class CollisionProbabilityTest {
    private final HyperplaneFamily hyperplane = new HyperplaneFamily();

    @Test
    void hyperplaneRightAngleGivesOneHalf() {
        assertEquals(0.5, HyperplaneFamily.collisionProbabilityAtAngle(Math.PI / 2), 1e-15);
        assertEquals(0.5, hyperplane.collisionProbability(new double[] {1, 0}, new double[] {0, 3}),
                1e-15);
        // Unit vectors at distance sqrt 2 are orthogonal.
        assertEquals(0.5, hyperplane.collisionProbabilityAtDistance(Math.sqrt(2), 5), 1e-15);
    }

    @Test
    void hyperplaneKnownAngles() {
        assertEquals(1.0, hyperplane.collisionProbabilityAtDistance(0.0, 3), 0.0);
        assertEquals(0.0, hyperplane.collisionProbabilityAtDistance(2.0, 3), 1e-15);
        assertEquals(0.0, hyperplane.collisionProbabilityAtDistance(3.0, 3), 0.0);
        // 60 degrees: unit vectors at distance 1; p = 1 - 1/3.
        assertEquals(2.0 / 3.0, hyperplane.collisionProbabilityAtDistance(1.0, 3), 1e-15);
        assertEquals(2.0 / 3.0, hyperplane.collisionProbability(new double[] {1, 0},
                new double[] {0.5, Math.sqrt(3) / 2}), 1e-12);
        assertEquals(0.0, hyperplane.collisionProbability(new double[] {1, 2},
                new double[] {-1, -2}), 1e-15);
        assertEquals(1.0, hyperplane.collisionProbability(new double[] {1e-300, 2e-300},
                new double[] {3e300, 6e300}), 1e-15);
    }

    @Test
    void hyperplaneZeroVectorsFollowTheSignReading() {
        double[] zero = {0, 0, 0};
        assertEquals(1.0, hyperplane.collisionProbability(zero, zero), 0.0);
        assertEquals(0.5, hyperplane.collisionProbability(zero, new double[] {1, 2, 3}), 0.0);
    }

    @Test
    void pStableMatchesTheDatarFormulaComputedIndependently() {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double[] widths = {0.5, 1.0, 4.0};
        for (double w : widths) {
            for (double d = 0.05; d < 20; d *= 1.3) {
                double t = w / d;
                double expected = 1 - 2 * normal.cumulativeProbability(-t)
                        - 2 / (Math.sqrt(2 * Math.PI) * t) * (1 - Math.exp(-t * t / 2));
                assertEquals(expected, PStableFamily.collisionProbability(d, w), 1e-12,
                        "w=" + w + " d=" + d);
            }
        }
    }

    @Test
    void pStableLimitsAndMonotonicity() {
        assertEquals(1.0, PStableFamily.collisionProbability(0.0, 2.0), 0.0);
        // d = w: t = 1, p = erf(1/sqrt 2) - (2/sqrt(2 pi)) (1 - e^{-1/2}), from Python's math.erf.
        assertEquals(0.3687463803725072, PStableFamily.collisionProbability(1.0, 1.0), 1e-15);
        double previous = 1.0;
        for (double d = 0.01; d < 100; d *= 1.1) {
            double p = PStableFamily.collisionProbability(d, 1.0);
            assertTrue(p <= previous && p >= 0.0, "p(" + d + ") = " + p);
            previous = p;
        }
        // Large d: p ~ t / sqrt(2 pi) with t = w / d.
        assertEquals(0.001 / Math.sqrt(2 * Math.PI), PStableFamily.collisionProbability(1000, 1),
                1e-9);
        assertThrows(IllegalArgumentException.class,
                () -> PStableFamily.collisionProbability(-1.0, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> PStableFamily.collisionProbability(1.0, 0.0));
    }

    @Test
    void bitSamplingIsOneMinusHammingOverDimension() {
        BitSamplingFamily family = new BitSamplingFamily();
        assertEquals(0.75, family.collisionProbability(new double[] {1, 0, 1, 1},
                new double[] {1, 1, 1, 1}), 0.0);
        assertEquals(0.0, family.collisionProbability(new double[] {0, 0},
                new double[] {1, 1}), 0.0);
        assertEquals(0.75, family.collisionProbabilityAtDistance(1.0, 4), 0.0);
        assertEquals(0.0, family.collisionProbabilityAtDistance(3.0, 4), 0.0);
        assertEquals(0.5, BitSamplingFamily.collisionProbability(2, 4), 0.0);
    }

    @Test
    void identityAndCrossPolytope() {
        IdentityFamily identity = new IdentityFamily();
        assertEquals(1.0, identity.collisionProbability(new double[] {0.0, 1}, new double[] {-0.0, 1}));
        assertEquals(0.0, identity.collisionProbability(new double[] {0.0, 1}, new double[] {0.0, 2}));
        CrossPolytopeFamily cp = new CrossPolytopeFamily();
        assertFalse(cp.hasClosedForm());
        assertThrows(IllegalArgumentException.class,
                () -> cp.collisionProbabilityAtDistance(1.0, 4));
    }
}
