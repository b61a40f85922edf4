package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.annaref.reference.attention.DenominatorPolicy;
import org.annaref.reference.attention.LowRankAttention;
import org.annaref.reference.mpc.MpcLimitException;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The low-rank layer on the simulator (Lemma D.2) against the reference low-rank attention. */
class LowRankProtocolTest {
    private static final LowRankAttention REFERENCE =
            new LowRankAttention(false, DenominatorPolicy.ZERO_ROW);

    @ParameterizedTest
    @CsvSource({"1, 2, 1, 64", "10, 2, 2, 64", "500, 3, 2, 128", "1000, 4, 3, 200",
        "2000, 2, 1, 96", "777, 5, 5, 400"})
    void integerInputsAgreeBitForBit(int n, int r, int mv, int s) {
        Random rng = new Random(13L * n + s);
        Matrix q = ProtocolInputs.integers("Q'", n, r, 21, rng);
        Matrix k = ProtocolInputs.integers("K'", n, r, 21, rng);
        Matrix v = ProtocolInputs.integers("V", n, mv, 21, rng);
        ProtocolRun<Matrix> run = LowRankProtocol.run(q, k, v, s);
        ProtocolInputs.assertBitEqual(REFERENCE.attend(q, k, v), run.output());
        ProtocolInputs.assertAccounting(run);
    }

    @Test
    void floatInputsAgreeWithinTreeOrderRounding() {
        Random rng = new Random(8);
        Matrix q = ProtocolInputs.gaussian("Q'", 900, 3, rng);
        Matrix k = ProtocolInputs.gaussian("K'", 900, 3, rng);
        Matrix v = ProtocolInputs.gaussian("V", 900, 2, rng);
        ProtocolRun<Matrix> run = LowRankProtocol.run(q, k, v, 100);
        ProtocolInputs.assertClose(REFERENCE.attend(q, k, v), run.output(), 1e-11);
        ProtocolInputs.assertAccounting(run);
    }

    @Test
    void tooLittleMemoryFailsWithTheViolation() {
        Random rng = new Random(8);
        Matrix q = ProtocolInputs.gaussian("Q'", 200, 4, rng);
        Matrix k = ProtocolInputs.gaussian("K'", 200, 4, rng);
        Matrix v = ProtocolInputs.gaussian("V", 200, 4, rng);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> LowRankProtocol.run(q, k, v, 24));
        assertTrue(e.getMessage().contains("allowed 24"), e.getMessage());
    }
}
