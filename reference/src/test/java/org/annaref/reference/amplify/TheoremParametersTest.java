package org.annaref.reference.amplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.spec.AnnaParams;
import org.junit.jupiter.api.Test;

class TheoremParametersTest {
    @Test
    void matchesTheFormulasComputedByHand() {
        int n = 1000;
        double p1 = 0.9;
        double p2 = 0.2;
        TheoremParameters chosen = TheoremParameters.choose(n, 2.0, p1, p2);
        double rho = Math.log(1 / p1) / Math.log(1 / p2);
        int z = (int) Math.ceil(Math.log(10.0 * n * n * n) / Math.log(1 / p2));
        double phi = 0.1 / Math.pow(n, 1 - 3 * rho);
        int l = (int) Math.ceil(Math.log((double) n * n / phi)
                / -Math.log(1 - Math.pow(p1, z)));
        assertEquals(rho, chosen.rho(), 1e-12);
        assertEquals(z, chosen.hashesPerTable());
        assertEquals(l, chosen.tables());
        assertEquals(phi, chosen.phi(), 1e-12 * phi);
        // The theorem's stated delta is 2 phi (its final accounting; see statedDelta's javadoc).
        assertEquals(2.0 * chosen.phi(), chosen.statedDelta());
        // The chosen (z, l) achieve what the theorem asks of them.
        assertTrue(Math.pow(p2, z) <= 0.1 / Math.pow(n, 3));
        assertTrue(chosen.nearFailureBound() <= phi * (1 + 1e-9));
        assertTrue(Math.pow(p2, z - 1) > 0.1 / Math.pow(n, 3), "z is the least such z");
        assertTrue(chosen.deltaBound() < 1.0);
    }

    @Test
    void refusesWhereTheTheoremDoesNotApply() {
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(100, 1.7, 0.9, 0.2));
        assertTrue(c.getMessage().contains("c > sqrt(3)"), c.getMessage());
        IllegalArgumentException rho = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(100, 2.0, 0.5, 0.4));
        assertTrue(rho.getMessage().contains("rho"), rho.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(100, 2.0, 0.2, 0.9));
        assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(100, 2.0, 1.0, 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(0, 2.0, 0.9, 0.1));
        IllegalArgumentException noClosedForm = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.forFamily(new CrossPolytopeFamily(),
                        new AnnaParams(0.5, 2.0), 100, 8));
        assertTrue(noClosedForm.getMessage().contains("closed"), noClosedForm.getMessage());
    }

    @Test
    void hugeNDoesNotOverflowAndRefusesImpossibleTableCounts() {
        TheoremParameters big = TheoremParameters.choose(Integer.MAX_VALUE, 10.0, 0.99, 0.01);
        assertTrue(big.hashesPerTable() >= 1 && big.tables() >= 1);
        // p1 barely above p2 with rho just under 1/3 at large N needs a vast l: refused, not wrapped.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TheoremParameters.choose(Integer.MAX_VALUE, 2.0, 0.3, 0.02));
        assertTrue(e.getMessage().contains("by hand"), e.getMessage());
    }

    @Test
    void forFamilyUsesTheClosedFormAtRAndCr() {
        PStableFamily family = new PStableFamily(4.0);
        AnnaParams params = new AnnaParams(0.25, 4.0);
        TheoremParameters viaFamily = TheoremParameters.forFamily(family, params, 500, 16);
        TheoremParameters direct = TheoremParameters.choose(500, 4.0,
                PStableFamily.collisionProbability(0.25, 4.0),
                PStableFamily.collisionProbability(1.0, 4.0));
        assertEquals(direct.hashesPerTable(), viaFamily.hashesPerTable());
        assertEquals(direct.tables(), viaFamily.tables());
    }
}
