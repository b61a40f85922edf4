package org.annaref.checks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.spec.Distances;
import org.junit.jupiter.api.Test;

class PlantedInstanceTest {
    @Test
    void plantsNearKeysAndKeepsEverythingElseFar() {
        PlantedInstance.Shape shape = new PlantedInstance.Shape(300, 40, 16, 3, 0.25, 3.0, 3, 0,
                true);
        PlantedInstance instance = PlantedInstance.generate(shape, 5);
        assertTrue(instance.nothingInBetween());
        for (int i = 0; i < 40; i++) {
            assertArrayEquals(instance.q().row(i), instance.k().row(i * 3), 0.0, "exact copy");
            for (int s = 0; s < 3; s++) {
                double d = Distances.euclidean(instance.q(), i, instance.k(), i * 3 + s);
                assertTrue(d <= 0.25, "near key " + s + " of query " + i + " at " + d);
            }
            assertEquals(1.0, Distances.norm(instance.q().row(i)), 1e-12);
        }
        for (int j = 120; j < 300; j++) {
            for (int i = 0; i < 40; i++) {
                assertTrue(Distances.euclidean(instance.q(), i, instance.k(), j) > 0.75);
            }
        }
        assertEquals(300, instance.v().rows());
        assertEquals(3, instance.v().cols());
    }

    @Test
    void inBetweenKeysLieBetweenRAndCr() {
        PlantedInstance.Shape shape = new PlantedInstance.Shape(200, 20, 16, 1, 0.25, 3.0, 2, 2,
                false);
        PlantedInstance instance = PlantedInstance.generate(shape, 6);
        assertFalse(instance.nothingInBetween());
        for (int i = 0; i < 20; i++) {
            for (int s = 2; s < 4; s++) {
                double d = Distances.euclidean(instance.q(), i, instance.k(), i * 4 + s);
                assertTrue(d > 0.25 && d <= 0.75, "in-between key at " + d);
            }
        }
    }

    @Test
    void sameSeedSameInstance() {
        PlantedInstance.Shape shape = new PlantedInstance.Shape(50, 5, 8, 2, 0.2, 2.5, 2, 0,
                false);
        assertArrayEquals(PlantedInstance.generate(shape, 9).k().toArray(),
                PlantedInstance.generate(shape, 9).k().toArray(), 0.0);
    }

    @Test
    void impossibleShapesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PlantedInstance.Shape(10, 5, 8, 1, 0.2, 2.5, 3, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new PlantedInstance.Shape(10, 5, 8, 1, 0.5, 4.0, 1, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new PlantedInstance.Shape(10, 5, 8, 1, 0.2, 1.0, 1, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new PlantedInstance.Shape(10, 5, 8, 1, 0.2, 2.0, 0, 0, true));
    }
}
