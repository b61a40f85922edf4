package org.annaref.reference.amplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.spec.Sensitivity;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/**
 * Theorem A.1's chooser exactly at its boundaries: the refusal thresholds (c against sqrt 3, rho
 * against 1/3, 0 &lt; p2 &lt; p1), the limits MAX_TABLES and MAX_FUNCTIONS (inclusive), ceilings
 * of exact integers, and the reported failure bound against its formula by hand.
 */
class TheoremParametersBoundaryTest {
    private static void assertMessageMentions(IllegalArgumentException e, String part) {
        assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention '"
                + part + "'");
    }

    @Test
    void cMustBeStrictlyAboveSqrt3() {
        assertEquals(Math.sqrt(3.0), TheoremParameters.SQRT_3, 0.0);
        IllegalArgumentException atSqrt3 = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(1000, TheoremParameters.SQRT_3, 0.9, 0.2));
        assertMessageMentions(atSqrt3, "c > sqrt(3)");
        // One ulp above sqrt 3 the theorem applies; c only gates it, (z, l) depend on N, p1, p2.
        TheoremParameters justAbove = TheoremParameters.choose(1000,
                Math.nextUp(TheoremParameters.SQRT_3), 0.9, 0.2);
        TheoremParameters atTwo = TheoremParameters.choose(1000, 2.0, 0.9, 0.2);
        assertEquals(atTwo.hashesPerTable(), justAbove.hashesPerTable());
        assertEquals(atTwo.tables(), justAbove.tables());
    }

    @Test
    void rhoMustBeStrictlyBelowOneThird() {
        // p2 = p1^3 in double, for which ln(p1) / ln(p2) rounds to exactly 1/3.
        double p1 = 0.52;
        double p2 = 0.140608;
        assertEquals(1.0 / 3.0, new Sensitivity(1.0, 2.0, p1, p2).rho(), 0.0);
        IllegalArgumentException atOneThird = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(100, 2.0, p1, p2));
        assertMessageMentions(atOneThird, "rho");
        // A slightly smaller p2 separates better: rho drops below 1/3 and the theorem applies.
        TheoremParameters below = TheoremParameters.choose(100, 2.0, p1, Math.nextDown(p2));
        assertTrue(below.rho() < 1.0 / 3.0, "rho = " + below.rho());
        assertTrue(below.tables() >= 1 && below.hashesPerTable() >= 1);
    }

    @Test
    void probabilitiesMustSatisfyZeroBelowP2BelowP1() {
        // p2 = 0 would be a perfect family; the theorem (and ln(1/p2)) needs p2 > 0.
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(100, 2.0, 0.9, 0.0));
        assertMessageMentions(zero, "0 < p2 < p1 < 1");
        // p1 = p2 separates nothing; the message names the ordering, not a derived rho.
        IllegalArgumentException equal = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(100, 2.0, 0.5, 0.5));
        assertMessageMentions(equal, "0 < p2 < p1 < 1");
    }

    @Test
    void exactlyMaxTablesAndExactlyMaxFunctionsAreAccepted() {
        // N = 10^6, p2 = 10^-5: z = ceil(ln(10 N^3) / ln(1/p2)) = ceil(3.8) = 4. p1 is picked so
        // that ln(N^2 / phi) / -ln(1 - p1^z) lies in (2^22 - 1, 2^22]: the theorem asks for
        // l = 2^22 = MAX_TABLES tables, and l z = 2^24 = MAX_FUNCTIONS functions in all.
        int n = 1_000_000;
        double p1 = 0.0530325003889095;
        double p2 = 1e-5;
        int z = (int) Math.ceil(Math.log(10.0 * n * n * n) / Math.log(1.0 / p2));
        double rho = Math.log(1.0 / p1) / Math.log(1.0 / p2);
        double phi = 0.1 / Math.pow(n, 1.0 - 3.0 * rho);
        double x = Math.log((double) n * n / phi) / -Math.log1p(-Math.pow(p1, z));
        assertEquals(4, z);
        assertTrue(x > TheoremParameters.MAX_TABLES - 1 && x <= TheoremParameters.MAX_TABLES,
                "x = " + x);

        TheoremParameters chosen = TheoremParameters.choose(n, 2.0, p1, p2);
        assertEquals(4, chosen.hashesPerTable());
        assertEquals(TheoremParameters.MAX_TABLES, chosen.tables());
        assertEquals(TableParams.MAX_FUNCTIONS, (long) chosen.tables() * chosen.hashesPerTable());
        TableParams params = chosen.toTableParams(5L);
        assertEquals(TheoremParameters.MAX_TABLES, params.tables());
        assertEquals(4, params.hashesPerTable());
    }

    @Test
    void moreThanMaxFunctionsInAllIsRefusedEvenWhenLAndZFitAlone() {
        // N = 10^6, p2 = 10^-4: z = 5; p1 is picked so that the theorem asks for about 3.8
        // million tables: below MAX_TABLES, but 5 l is above MAX_FUNCTIONS.
        int n = 1_000_000;
        double p1 = 0.09737504779904504;
        double p2 = 1e-4;
        int z = (int) Math.ceil(Math.log(10.0 * n * n * n) / Math.log(1.0 / p2));
        double rho = Math.log(1.0 / p1) / Math.log(1.0 / p2);
        double phi = 0.1 / Math.pow(n, 1.0 - 3.0 * rho);
        double l = Math.ceil(Math.log((double) n * n / phi) / -Math.log1p(-Math.pow(p1, z)));
        assertEquals(5, z);
        assertTrue(l <= TheoremParameters.MAX_TABLES && l * z > TableParams.MAX_FUNCTIONS,
                "l = " + l);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(n, 2.0, p1, p2));
        assertMessageMentions(e, "l * z");
    }

    @Test
    void ceilToCountKeepsExactIntegersAndAcceptsTheMaximumItself() {
        assertEquals(3, TheoremParameters.ceilToCount("z", 3.0, 10));
        assertEquals(4, TheoremParameters.ceilToCount("z", Math.nextUp(3.0), 10));
        assertEquals(10, TheoremParameters.ceilToCount("z", 10.0, 10));
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.ceilToCount("tables l", Math.nextUp(10.0), 10));
        assertMessageMentions(above, "tables l");
        // Counts are at least 1, however small x is.
        assertEquals(1, TheoremParameters.ceilToCount("z", 0.25, 10));
        assertEquals(1, TheoremParameters.ceilToCount("z", 0.0, 10));
        assertEquals(1, TheoremParameters.ceilToCount("z", -7.5, 10));
        assertEquals(1, TheoremParameters.clampToCount(-3, 10));
        assertEquals(7, TheoremParameters.clampToCount(7, 10));
        assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.ceilToCount("z", Double.POSITIVE_INFINITY, 10));
        assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.ceilToCount("z", Double.NaN, 10));
    }

    @Test
    void failureBoundsAreTheProofsUnionBoundByHand() {
        double p1 = 0.9;
        double p2 = 0.2;
        for (int n : new int[] {2, 1000, 50_000}) {
            TheoremParameters chosen = TheoremParameters.choose(n, 2.0, p1, p2);
            int z = chosen.hashesPerTable();
            int l = chosen.tables();
            double n2 = (double) n * n;
            double near = n2 * Math.pow(1.0 - Math.pow(p1, z), l);
            double far = l * n2 * Math.pow(p2, z);
            assertEquals(near, chosen.nearFailureBound(), 1e-9 * near, "near, N=" + n);
            assertEquals(far, chosen.farFailureBound(), 1e-9 * far, "far, N=" + n);
            assertEquals(near + far, chosen.deltaBound(), 1e-9 * (near + far), "delta, N=" + n);
            // What the theorem promises of its (z, l): p2^z <= 0.1 / N^3, so the far part is at
            // most 0.1 l / N, and the near part is at most phi.
            assertTrue(chosen.farFailureBound() <= 0.1 * l / n * (1 + 1e-9), "N=" + n);
            assertTrue(chosen.nearFailureBound() <= chosen.phi() * (1 + 1e-9), "N=" + n);
        }
    }

    @Test
    void reportsItsInputsAndDescribesItself() {
        TheoremParameters chosen = TheoremParameters.choose(1000, 2.0, 0.9, 0.2);
        assertEquals(1000, chosen.keys());
        TableParams params = chosen.toTableParams(42L);
        assertEquals(chosen.tables(), params.tables());
        assertEquals(chosen.hashesPerTable(), params.hashesPerTable());
        assertEquals(42L, params.seed());
        String text = chosen.toString();
        for (String part : new String[] {"N=1000", "z=" + chosen.hashesPerTable(),
            "l=" + chosen.tables(), "p1=0.9", "p2=0.2"}) {
            assertTrue(text.contains(part), "'" + text + "' should mention '" + part + "'");
        }
    }
}
