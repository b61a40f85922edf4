package org.annaref.reference.ema;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

class ExactMatchAttentionLimitsTest {
    @Test
    void anOutputTooLargeForOneArrayIsRefusedBeforeAnyRowIsWritten() {
        // 2^16 queries, all equal to the one key, with 2^16 value columns: 2^32 outputs.
        Matrix q = new Matrix("Q", 1 << 16, 1, new double[1 << 16]);
        Matrix k = new Matrix("K", 1, 1, new double[] {0.0});
        Matrix v = new Matrix("V", 1, 1 << 16, new double[1 << 16]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExactMatchAttention().attend(q, k, v));
        assertTrue(e.getMessage().contains("EMA output 65536 x 65536"), e.getMessage());
    }
}
