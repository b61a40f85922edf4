package org.annaref.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The vector-size switch of the differential runs: valid sizes work, anything else is named. */
class LanesTest {
    @Test
    void validSizesGiveThatManyLanes() {
        assertEquals(1, Lanes.choose("64").length());
        assertEquals(2, Lanes.choose("128").length());
        assertTrue(Lanes.choose(null).length() >= 1);
        assertTrue(Lanes.roundUp(1) == Lanes.lanes());
    }

    @Test
    void invalidSizesAreRejectedWithTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lanes.choose("96"));
        assertTrue(e.getMessage().contains(Lanes.PROPERTY), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lanes.choose("wide"));
        assertThrows(IllegalArgumentException.class, () -> Lanes.choose("4096"));
    }
}
