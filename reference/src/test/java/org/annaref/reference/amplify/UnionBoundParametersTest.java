package org.annaref.reference.amplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnionBoundParametersTest {
    private static double bound(long pairs, double p1, double p2, int z, int l) {
        return pairs * Math.pow(1 - Math.pow(p1, z), l) + l * pairs * Math.pow(p2, z);
    }

    @Test
    void meetsDeltaWithTheFewestTablesByBruteForce() {
        long pairs = 1000L * 1000L;
        double p1 = 0.9;
        double p2 = 0.5;
        double delta = 0.01;
        UnionBoundParameters chosen = UnionBoundParameters.choose(pairs, p1, p2, delta);
        int z = chosen.hashesPerTable();
        int l = chosen.tables();
        assertTrue(bound(pairs, p1, p2, z, l) <= delta * (1 + 1e-9));
        assertEquals(bound(pairs, p1, p2, z, l), chosen.deltaBound(), 1e-9 * delta);
        // No smaller z meets the rule "near part <= delta/2 and far part <= delta/2".
        for (int smaller = 1; smaller < z; smaller++) {
            int tables = (int) Math.ceil(Math.log(2 * pairs / delta)
                    / -Math.log1p(-Math.pow(p1, smaller)));
            assertTrue(tables * pairs * Math.pow(p2, smaller) > delta / 2, "z=" + smaller);
        }
        assertEquals(l, chosen.toTableParams(1).tables());
    }

    @Test
    void refusesImpossibleTargetsAndBadArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> UnionBoundParameters.choose(100, 0.9, 0.5, 0.0));
        assertThrows(IllegalArgumentException.class,
                () -> UnionBoundParameters.choose(100, 0.5, 0.9, 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> UnionBoundParameters.choose(0, 0.9, 0.5, 0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UnionBoundParameters.choose(Long.MAX_VALUE / 4, 0.51, 0.5, 1e-9));
        assertTrue(e.getMessage().contains("by hand"), e.getMessage());
    }
}
