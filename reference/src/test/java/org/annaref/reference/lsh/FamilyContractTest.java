package org.annaref.reference.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.spec.LshFamily;
import org.junit.jupiter.api.Test;

/**
 * What callers rely on from each family beyond its hash: the name (the command line's --family
 * value and the tag of exported hash files), whether p(d) has a closed form, the per-function
 * memory the table sampler budgets, and p(d) at the edges of its pieces.
 */
class FamilyContractTest {
    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);

    @Test
    void namesAreTheCommandLineAndHashFileTags() {
        assertEquals("hyperplane", new HyperplaneFamily().name());
        assertEquals("pstable", new PStableFamily(1.0).name());
        assertEquals("crosspolytope", new CrossPolytopeFamily().name());
        assertEquals("bitsample", new BitSamplingFamily().name());
        assertEquals("identity", new IdentityFamily().name());
    }

    @Test
    void closedFormsGiveOneAtDistanceZero() {
        LshFamily[] closed = {new HyperplaneFamily(), new PStableFamily(0.5),
            new BitSamplingFamily(), new IdentityFamily()};
        for (LshFamily family : closed) {
            assertTrue(family.hasClosedForm(), family.name());
            assertEquals(1.0, family.collisionProbabilityAtDistance(0.0, 4), 0.0, family.name());
        }
        assertFalse(new CrossPolytopeFamily().hasClosedForm());
    }

    @Test
    void bytesPerFunctionCountsTheDataEachFunctionHolds() {
        for (int dim : new int[] {1, 3, 17}) {
            long seed = 31L * dim;
            // Hyperplane: the normal, m doubles.
            HyperplaneHash h = (HyperplaneHash) new HyperplaneFamily().sample(dim, seed);
            assertEquals(8L * h.normal().length, new HyperplaneFamily().bytesPerFunction(dim));
            // p-stable: the direction (m doubles) plus the offset b and the width w.
            PStableFamily pStable = new PStableFamily(2.0);
            PStableHash p = (PStableHash) pStable.sample(dim, seed);
            assertEquals(8L * (p.direction().length + 2), pStable.bytesPerFunction(dim));
            // Cross-polytope: the m' x m matrix plus 16 bytes, as p-stable's two scalars.
            CrossPolytopeHash c = (CrossPolytopeHash) new CrossPolytopeFamily().sample(dim, seed);
            assertEquals(8L * c.rotation().length + 16L,
                    new CrossPolytopeFamily().bytesPerFunction(dim));
            // Bit sampling and identity hold no per-dimension data.
            assertEquals(16L, new BitSamplingFamily().bytesPerFunction(dim));
            assertEquals(16L, new IdentityFamily().bytesPerFunction(dim));
        }
    }

    @Test
    void identityCollidesOnlyAtDistanceZero() {
        IdentityFamily identity = new IdentityFamily();
        assertEquals(1.0, identity.collisionProbabilityAtDistance(0.0, 3), 0.0);
        assertEquals(0.0, identity.collisionProbabilityAtDistance(Double.MIN_VALUE, 3), 0.0);
        assertEquals(0.0, identity.collisionProbabilityAtDistance(2.0, 3), 0.0);
        assertTrue(identity.sample(3, 1L) instanceof IdentityHash);
        assertEquals(3, identity.sample(3, 1L).dim());
    }

    @Test
    void bitSamplingAcceptsTheWholeHammingRange() {
        assertEquals(1.0, BitSamplingFamily.collisionProbability(0, 4), 0.0);
        assertEquals(0.0, BitSamplingFamily.collisionProbability(4, 4), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> BitSamplingFamily.collisionProbability(5, 4));
        assertThrows(IllegalArgumentException.class,
                () -> BitSamplingFamily.collisionProbability(-1, 4));
        BitSamplingFamily family = new BitSamplingFamily();
        // At Euclidean distance d, binary vectors differ in d^2 places: p = 1 - d^2 / m.
        assertEquals(1.0, family.collisionProbabilityAtDistance(0.0, 4), 0.0);
        assertEquals(0.0, family.collisionProbabilityAtDistance(2.0, 4), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> family.collisionProbabilityAtDistance(-0.5, 4));
    }

    @Test
    void pStableAtTheSeriesSwitch() {
        // t = w / d = 1/1000 is exactly the double 1e-3: the switch point, where the closed form
        // (not the series, used only below it) applies. The closed form is accurate there; the
        // two-term series is off by its omitted t^5 / (120 sqrt(2 pi)) term, about 8e-15.
        assertEquals(1e-3, 1.0 / 1000.0, 0.0);
        double t = 1e-3;
        double exact = t / SQRT_2PI - t * t * t / (12 * SQRT_2PI)
                + t * t * t * t * t / (120 * SQRT_2PI);
        double atSwitch = PStableFamily.collisionProbability(1000.0, 1.0);
        assertEquals(exact, atSwitch, 2e-15 * exact);
        // Just below the switch (d just above 1000 w) the series takes over; the two sides
        // agree to the series' stated 1e-12 relative accuracy, so p(d) stays continuous.
        double below = PStableFamily.collisionProbability(Math.nextUp(1000.0), 1.0);
        assertTrue(below <= atSwitch);
        assertEquals(atSwitch, below, 1e-12 * atSwitch);
        // The same holds for other widths: the switch depends on t only.
        assertEquals(atSwitch, PStableFamily.collisionProbability(2000.0, 2.0), 0.0);
    }

    @Test
    void pStableReportsItsWidth() {
        PStableFamily family = new PStableFamily(0.8);
        assertEquals(0.8, family.width(), 0.0);
        PStableHash h = (PStableHash) family.sample(3, 12L);
        assertEquals(0.8, h.width(), 0.0);
        assertTrue(h.offset() >= 0.0 && h.offset() < 0.8);
    }

    @Test
    void hyperplaneAngleIsClampedToPiBeyondDistanceTwo() {
        assertEquals(Math.PI, HyperplaneFamily.angleOfUnitVectorsAt(2.0), 0.0);
        assertEquals(Math.PI, HyperplaneFamily.angleOfUnitVectorsAt(2.5), 0.0);
        assertEquals(Math.PI, HyperplaneFamily.angleOfUnitVectorsAt(1e300), 0.0);
        assertEquals(Math.PI / 2, HyperplaneFamily.angleOfUnitVectorsAt(Math.sqrt(2.0)), 1e-15);
        assertEquals(0.0, new HyperplaneFamily().collisionProbabilityAtDistance(2.5, 3), 0.0);
    }

    @Test
    void crossPolytopeRefusesAMatrixBeyondOneArrayBeforeAllocating() {
        // 46341^2 = 2147488281 entries, more than Integer.MAX_VALUE - 8.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CrossPolytopeFamily().sample(46341, 1L));
        assertTrue(e.getMessage().contains("2147488281 entries"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CrossPolytopeFamily().sample(0, 1L));
    }
}
