package org.annaref.reference.amplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/**
 * The union-bound chooser exactly at its boundaries: one pair, far part exactly delta / 2, l at
 * MAX_TABLES with l z at MAX_FUNCTIONS, z = MAX_Z, and each refused argument named in its
 * message.
 */
class UnionBoundParametersBoundaryTest {
    /** l(z) of the class comment: the least l with near part P (1 - p1^z)^l &lt;= delta / 2. */
    private static double tablesFor(long pairs, double p1, int z, double delta) {
        return Math.ceil(Math.log(2.0 * pairs / delta) / -Math.log1p(-Math.pow(p1, z)));
    }

    private static double farPart(long pairs, double p1, double p2, int z, double delta) {
        return tablesFor(pairs, p1, z, delta) * pairs * Math.pow(p2, z);
    }

    private static String refusal(long pairs, double p1, double p2, double delta) {
        return assertThrows(IllegalArgumentException.class,
                () -> UnionBoundParameters.choose(pairs, p1, p2, delta)).getMessage();
    }

    private static void assertMentions(String message, String part) {
        assertTrue(message.contains(part), "'" + message + "' should mention '" + part + "'");
    }

    @Test
    void aSinglePairIsAValidCount() {
        UnionBoundParameters one = UnionBoundParameters.choose(1, 0.9, 0.5, 0.01);
        int z = one.hashesPerTable();
        int l = one.tables();
        double bound = Math.pow(1 - Math.pow(0.9, z), l) + l * Math.pow(0.5, z);
        assertEquals(bound, one.deltaBound(), 1e-12);
        assertTrue(bound <= 0.01);
    }

    @Test
    void refusalsNameTheViolatedCondition() {
        assertMentions(refusal(100, 0.9, 0.0, 0.1), "0 < p2 < p1 < 1");
        assertMentions(refusal(100, 0.5, 0.5, 0.1), "0 < p2 < p1 < 1");
        assertMentions(refusal(100, 1.0, 0.5, 0.1), "0 < p2 < p1 < 1");
        assertMentions(refusal(100, 0.9, 0.5, 0.0), "delta must be in (0, 1)");
        assertMentions(refusal(100, 0.9, 0.5, 1.0), "delta must be in (0, 1)");
        assertMentions(refusal(0, 0.9, 0.5, 0.1), "pairs must be >= 1");
    }

    @Test
    void aFarPartOfExactlyHalfDeltaIsAccepted() {
        // P = 1, p1 = 0.8, p2 = 0.25, delta = 0.5: at z = 1, l = ceil(ln 4 / -ln 0.2) = 1 and
        // the far part is 1 * 1 * 0.25 = delta / 2 exactly, which the rule accepts (<=).
        assertEquals(1.0, tablesFor(1, 0.8, 1, 0.5), 0.0);
        UnionBoundParameters chosen = UnionBoundParameters.choose(1, 0.8, 0.25, 0.5);
        assertEquals(1, chosen.hashesPerTable());
        assertEquals(1, chosen.tables());
        // near part (1 - 0.8) + far part 0.25
        assertEquals(0.45, chosen.deltaBound(), 1e-15);
    }

    @Test
    void exactlyMaxTablesAndExactlyMaxFunctionsAreAccepted() {
        // P = 1, delta = 0.5, p2 = 0.0145; p1 is picked so that l(4) = 2^22 = MAX_TABLES, so
        // l z = 2^24 = MAX_FUNCTIONS. z = 1, 2, 3 leave a far part above delta / 2.
        double p1 = 0.02397722303185209;
        double p2 = 0.0145;
        double delta = 0.5;
        assertEquals(TheoremParameters.MAX_TABLES, tablesFor(1, p1, 4, delta), 0.0);
        for (int z = 1; z < 4; z++) {
            assertTrue(farPart(1, p1, p2, z, delta) > delta / 2, "z=" + z);
        }
        assertTrue(farPart(1, p1, p2, 4, delta) <= delta / 2);

        UnionBoundParameters chosen = UnionBoundParameters.choose(1, p1, p2, delta);
        assertEquals(4, chosen.hashesPerTable());
        assertEquals(TheoremParameters.MAX_TABLES, chosen.tables());
        TableParams params = chosen.toTableParams(9L);
        assertEquals(TableParams.MAX_FUNCTIONS, (long) params.tables() * params.hashesPerTable());
        assertTrue(chosen.deltaBound() <= delta);
    }

    @Test
    void aFirstFeasibleZNeedingMoreThanMaxFunctionsIsRefused() {
        // P = 1, delta = 0.5: z = 1..4 leave a far part above delta / 2; z = 5 would meet it
        // with l(5) of about 3.8 million tables (below MAX_TABLES), but 5 l(5) is above
        // MAX_FUNCTIONS. l(z) z only grows with z, so no (z, l) is within the limits.
        double p1 = 0.05157204674097469;
        double p2 = 0.03511004828820867;
        double delta = 0.5;
        for (int z = 1; z < 5; z++) {
            assertTrue(farPart(1, p1, p2, z, delta) > delta / 2, "z=" + z);
        }
        double l5 = tablesFor(1, p1, 5, delta);
        assertTrue(l5 <= TheoremParameters.MAX_TABLES && 5 * l5 > TableParams.MAX_FUNCTIONS);
        assertTrue(farPart(1, p1, p2, 5, delta) <= delta / 2);
        assertMentions(refusal(1, p1, p2, delta), "by hand");
    }

    @Test
    void zEqualToMaxZIsStillTried() {
        // p1 so close to 1 that l(z) = 1 for every z <= MAX_Z; the far part is then p2^z, and
        // delta / 2 = p2^4095.5 lies between p2^4096 and p2^4095: the first z that meets it is
        // exactly MAX_Z.
        double p1 = 0.999999;
        double p2 = 0.999;
        double delta = 2.0 * Math.exp(4095.5 * Math.log(p2));
        assertEquals(1.0, tablesFor(1, p1, UnionBoundParameters.MAX_Z, delta), 0.0);
        assertTrue(Math.pow(p2, UnionBoundParameters.MAX_Z - 1) > delta / 2);
        assertTrue(Math.pow(p2, UnionBoundParameters.MAX_Z) <= delta / 2);

        UnionBoundParameters chosen = UnionBoundParameters.choose(1, p1, p2, delta);
        assertEquals(UnionBoundParameters.MAX_Z, chosen.hashesPerTable());
        assertEquals(1, chosen.tables());
        assertTrue(chosen.deltaBound() <= delta);
    }
}
