package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.reference.mpc.MpcLimitException;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ANNA layer on the simulator (Theorem C.3) against Algorithm 1 with the same tables. */
class AnnaProtocolTest {
    /** Keys near the queries (so buckets collide), integer values. */
    private static Matrix[] inputs(int n, int m, int mv, long seed, boolean integerValues) {
        Random rng = new Random(seed);
        Matrix q = ProtocolInputs.gaussian("Q", n, m, rng);
        double[] kd = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < m; t++) {
                kd[i * m + t] = q.get(i, t) + 0.3 * rng.nextGaussian();
            }
        }
        Matrix k = new Matrix("K", n, m, kd);
        Matrix v = integerValues ? ProtocolInputs.integers("V", n, mv, 1000, rng)
                : ProtocolInputs.gaussian("V", n, mv, rng);
        return new Matrix[] {q, k, v};
    }

    private static LshFamily family(String name) {
        return name.equals("hyperplane") ? new HyperplaneFamily() : new PStableFamily(2.0);
    }

    @ParameterizedTest
    @CsvSource({"hyperplane, 1, 3, 1, 3, 2, 512", "hyperplane, 60, 4, 2, 4, 2, 512",
        "hyperplane, 300, 8, 1, 6, 3, 1024", "pstable, 200, 4, 2, 3, 2, 768",
        "hyperplane, 500, 2, 1, 2, 1, 400", "pstable, 1000, 3, 1, 5, 2, 1024"})
    void integerValuesAgreeBitForBit(String fam, int n, int m, int mv, int l, int z, int s) {
        Matrix[] x = inputs(n, m, mv, 7L * n + l, true);
        HashTables tables = HashTables.sample(family(fam), m, new TableParams(l, z, 11L * n));
        ProtocolRun<Matrix> run = AnnaProtocol.run(x[0], x[1], x[2], tables, s);
        ProtocolInputs.assertBitEqual(new AnnaAlgorithm1(tables).attend(x[0], x[1], x[2]),
                run.output());
        ProtocolInputs.assertAccounting(run);
    }

    @Test
    void floatValuesAgreeWithinTreeOrderRounding() {
        Matrix[] x = inputs(400, 4, 2, 99, false);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 4, new TableParams(4, 2, 3));
        ProtocolRun<Matrix> run = AnnaProtocol.run(x[0], x[1], x[2], tables, 768);
        ProtocolInputs.assertClose(new AnnaAlgorithm1(tables).attend(x[0], x[1], x[2]),
                run.output(), 1e-12);
        ProtocolInputs.assertAccounting(run);
    }

    @Test
    void tooLittleMemoryFailsWithTheViolation() {
        Matrix[] x = inputs(300, 4, 1, 5, true);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 4, new TableParams(3, 2, 3));
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> AnnaProtocol.run(x[0], x[1], x[2], tables, 100));
        assertTrue(e.getMessage().contains("allowed 100"), e.getMessage());
    }

    @Test
    void mismatchedDimensionIsRejectedBeforeAnyWork() {
        Matrix[] x = inputs(10, 4, 1, 5, true);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 3, new TableParams(2, 2, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnaProtocol.run(x[0], x[1], x[2], tables, 512));
        assertTrue(e.getMessage().contains("m = 4"), e.getMessage());
    }
}
