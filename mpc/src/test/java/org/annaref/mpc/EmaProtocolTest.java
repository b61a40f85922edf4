package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.reference.mpc.MpcLimitException;
import org.annaref.spec.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EMA layer on the simulator (Theorem C.1) against the reference EMA. */
class EmaProtocolTest {
    @ParameterizedTest
    @CsvSource({"1, 1, 1, 2, 64", "50, 1, 1, 4, 256", "200, 2, 3, 3, 400", "500, 1, 2, 10, 300",
        "1000, 3, 1, 2, 512", "37, 2, 2, 1000, 400", "2000, 1, 1, 30, 256", "3000, 2, 2, 5, 1024"})
    void integerValuesAgreeBitForBit(int n, int m, int mv, int alphabet, int s) {
        Random rng = new Random(17L * n + s);
        Matrix q = ProtocolInputs.integers("Q", n, m, alphabet, rng);
        Matrix k = ProtocolInputs.integers("K", n, m, alphabet, rng);
        Matrix v = ProtocolInputs.integers("V", n, mv, 1000, rng);
        ProtocolRun<Matrix> run = EmaProtocol.run(q, k, v, s);
        ProtocolInputs.assertBitEqual(new ExactMatchAttention().attend(q, k, v), run.output());
        ProtocolInputs.assertAccounting(run);
    }

    @ParameterizedTest
    @CsvSource({"300, 1, 2, 3, 300", "800, 2, 2, 2, 400"})
    void floatValuesAgreeWithinTreeOrderRounding(int n, int m, int mv, int alphabet, int s) {
        Random rng = new Random(5L * n + s);
        Matrix q = ProtocolInputs.integers("Q", n, m, alphabet, rng);
        Matrix k = ProtocolInputs.integers("K", n, m, alphabet, rng);
        Matrix v = ProtocolInputs.gaussian("V", n, mv, rng);
        ProtocolRun<Matrix> run = EmaProtocol.run(q, k, v, s);
        ProtocolInputs.assertClose(new ExactMatchAttention().attend(q, k, v), run.output(), 1e-12);
        ProtocolInputs.assertAccounting(run);
    }

    @ParameterizedTest
    @CsvSource({"24", "30"})
    void tooLittleMemoryFailsWithTheViolation(int s) {
        Random rng = new Random(3);
        Matrix q = ProtocolInputs.integers("Q", 400, 1, 3, rng);
        Matrix k = ProtocolInputs.integers("K", 400, 1, 3, rng);
        Matrix v = ProtocolInputs.integers("V", 400, 1, 9, rng);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> EmaProtocol.run(q, k, v, s));
        assertTrue(e.getMessage().contains("allowed " + s), e.getMessage());
    }
}
