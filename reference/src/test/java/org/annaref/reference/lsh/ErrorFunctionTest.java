package org.annaref.reference.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ErrorFunctionTest {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    @Test
    void normalCdfMatchesCommonsStatistics() {
        for (double x = -8.0; x <= 8.0; x += 0.01) {
            double expected = STANDARD.cumulativeProbability(x);
            assertEquals(expected, ErrorFunction.normalCdf(x), 1e-13 * Math.max(expected, 1e-300)
                    + 1e-16, "Phi(" + x + ")");
        }
    }

    @Test
    void erfMatchesCommonsStatisticsAcrossTheSeriesAndFractionRanges() {
        for (double x = 0.0; x <= 6.0; x += 0.005) {
            // erf(x) = 2 Phi(x sqrt 2) - 1; erfc(x) = 2 Phi(-x sqrt 2)
            double expectedErfc = 2.0 * STANDARD.cumulativeProbability(-x * Math.sqrt(2.0));
            assertEquals(1.0 - expectedErfc, ErrorFunction.erf(x), 2e-15, "erf(" + x + ")");
            assertEquals(expectedErfc, ErrorFunction.erfc(x), 1e-13 * expectedErfc + 1e-300,
                    "erfc(" + x + ")");
            assertEquals(-ErrorFunction.erf(x), ErrorFunction.erf(-x), 0.0, "odd at " + x);
        }
    }

    @Test
    void knownValues() {
        assertEquals(0.0, ErrorFunction.erf(0.0), 0.0);
        assertEquals(0.8427007929497149, ErrorFunction.erf(1.0), 1e-15);
        assertEquals(0.5, ErrorFunction.normalCdf(0.0), 1e-16);
        assertEquals(2.209049699858544e-5, ErrorFunction.erfc(3.0), 1e-19);
    }

    @Test
    void erfcAtTheBranchPointUsesTheUpperTailForm() {
        // From x = 1.5 on, erfc is the continued fraction itself, not 1 - erf (which would lose
        // about 5 ulps here to cancellation). Commons Numbers' Erfc and Python's math.erfc give
        // erfc(1.5) as 0.03389485352468927 and 0.033894853524689274, adjacent doubles.
        double expected = 0.033894853524689273;
        assertEquals(expected, ErrorFunction.erfc(1.5), 2 * Math.ulp(expected));
        assertEquals(1.0 - expected, ErrorFunction.erf(1.5), Math.ulp(1.0));
    }
}
