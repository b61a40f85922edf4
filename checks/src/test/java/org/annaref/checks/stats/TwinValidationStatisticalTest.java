package org.annaref.checks.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statistical validation run against the twin: its sampler draws the tables of claims 3-6
 * and its ANNA produces the implied weights of claims 5 and 6 (claims 1, 2 and 7 test the
 * families and the reference's exactness, which the twin shares). QUICK preset, CI seed, the
 * hyperplane family for claims 1-2 (the claims that involve the twin do not depend on which
 * families claims 1-2 cover). False-failure probability with fresh seeds: at most
 * {@link Validation#SUITE_ALPHA}; with the fixed seed the outcome is the same every run.
 */
class TwinValidationStatisticalTest {
    @Test
    void everyClaimHoldsOnTheTwin() {
        Validation.Outcome outcome = new Validation(Preset.QUICK, Validation.DEFAULT_SEED,
                List.of("hyperplane"), System.out::println, TwinRunners.SAMPLER,
                TwinRunners.ANNA).run();
        for (ClaimResult c : outcome.claims()) {
            System.out.printf("twin %-16s %-9s p=%-9s %s | %s%n", c.id(), c.verdict(),
                    c.pValueText(), c.bound(), c.observed());
        }
        assertEquals(9, outcome.claims().size());
        for (ClaimResult c : outcome.claims()) {
            assertTrue(c.holds(), c.id() + ": " + c.details());
        }
    }
}
