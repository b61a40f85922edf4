package org.annaref.reference.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A mask's text form is the command line's --mask syntax (none | causal | window:R | sink:S:R):
 * printing a mask and reading the text back by that grammar gives the same mask.
 */
class AttentionMaskTest {
    /** The --mask grammar, as the command line reads it. */
    private static AttentionMask parse(String text) {
        String[] parts = text.split(":", -1);
        switch (parts[0]) {
            case "none":
                return AttentionMask.none();
            case "causal":
                return AttentionMask.causal();
            case "window":
                return AttentionMask.slidingWindow(Integer.parseInt(parts[1]));
            case "sink":
                return AttentionMask.sink(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            default:
                throw new IllegalArgumentException(text);
        }
    }

    @Test
    void namesAreTheMaskSyntax() {
        assertEquals("none", AttentionMask.none().toString());
        assertEquals("causal", AttentionMask.causal().toString());
        assertEquals("window:3", AttentionMask.slidingWindow(3).toString());
        assertEquals("sink:2:5", AttentionMask.sink(2, 5).toString());
    }

    @Test
    void textRoundTripsToTheSameMask() {
        AttentionMask[] masks = {AttentionMask.none(), AttentionMask.causal(),
            AttentionMask.slidingWindow(1), AttentionMask.slidingWindow(4),
            AttentionMask.sink(1, 1), AttentionMask.sink(3, 2)};
        for (AttentionMask mask : masks) {
            AttentionMask back = parse(mask.toString());
            assertEquals(mask.kind(), back.kind(), mask.toString());
            assertEquals(mask.toString(), back.toString());
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 8; j++) {
                    assertEquals(mask.allows(i, j), back.allows(i, j), mask + " at " + i + "," + j);
                }
            }
        }
    }

    @Test
    void kindsAndSelfAttention() {
        assertEquals(AttentionMask.NONE, AttentionMask.none().kind());
        assertEquals(AttentionMask.CAUSAL, AttentionMask.causal().kind());
        assertEquals(AttentionMask.WINDOW, AttentionMask.slidingWindow(2).kind());
        assertEquals(AttentionMask.SINK, AttentionMask.sink(1, 2).kind());
        assertFalse(AttentionMask.none().needsSelfAttention());
        assertTrue(AttentionMask.sink(1, 2).needsSelfAttention());
    }
}
