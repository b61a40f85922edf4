package org.annaref.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TableHash;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.attention.SoftmaxAttention;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.Attention;
import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a clear exception naming the argument and value. */
class BadInputTest {
    private static String message(Supplier<?> call) {
        return assertThrows(IllegalArgumentException.class, call::get).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + message + "' should mention '" + part + "'");
        }
    }

    @Test
    void nonFiniteEntriesAreNamedByRowAndColumn() {
        assertMentions(message(() -> new Matrix("K", 2, 2, new double[] {0, 1, Double.NaN, 3})),
                "K[1][0]", "NaN");
        assertMentions(message(() -> new Matrix("V", 1, 2,
                new double[] {0, Double.POSITIVE_INFINITY})), "V[0][1]", "Infinity");
    }

    @Test
    void impossibleShapesAreRejected() {
        assertMentions(message(() -> new Matrix("Q", 2, 2, new double[3])), "Q", "2 x 2", "3");
        assertMentions(message(() -> new Matrix("Q", 1, 0, new double[0])), "Q columns", "0");
        assertMentions(message(() -> new Matrix("Q", -1, 2, new double[0])), "Q rows", "-1");
        assertMentions(message(() -> new Matrix("Q", 70000, 70000, new double[0])),
                "4900000000", "entries");
    }

    @Test
    void mismatchedShapesAreRejectedByEveryMechanism() {
        Matrix q = new Matrix("Q", 2, 3, new double[6]);
        Matrix k = new Matrix("K", 2, 2, new double[4]);
        Matrix v = new Matrix("V", 2, 1, new double[2]);
        Matrix v3 = new Matrix("V", 3, 1, new double[3]);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 3, new TableParams(1, 1, 0));
        Attention[] mechanisms = {new AnnaAlgorithm1(tables), new AnnaAlgorithm2(tables),
            new ExactMatchAttention(), SoftmaxAttention.standard()};
        for (Attention a : mechanisms) {
            assertMentions(message(() -> a.attend(q, k, v)), "Q (2 x 3)", "K (2 x 2)", "columns");
            Matrix k3 = new Matrix("K", 2, 3, new double[6]);
            assertMentions(message(() -> a.attend(q, k3, v3)), "K (2 x 3)", "V (3 x 1)", "rows");
        }
        Matrix q2 = new Matrix("Q", 1, 2, new double[2]);
        assertMentions(message(() -> new AnnaAlgorithm1(tables).attend(q2, k, v)),
                "expect dimension 3");
    }

    @Test
    void emptyInputHasADefinedResult() {
        Matrix q = new Matrix("Q", 0, 3, new double[0]);
        Matrix k = new Matrix("K", 0, 3, new double[0]);
        Matrix v = new Matrix("V", 0, 2, new double[0]);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 3, new TableParams(2, 2, 0));
        Attention[] mechanisms = {new AnnaAlgorithm1(tables), new AnnaAlgorithm2(tables),
            new ExactMatchAttention(), SoftmaxAttention.standard()};
        for (Attention a : mechanisms) {
            Matrix out = a.attend(q, k, v);
            assertEquals(0, out.rows(), a.name());
            assertEquals(2, out.cols(), a.name());
        }
    }

    @Test
    void parametersOutOfRangeAreRejected() {
        assertMentions(message(() -> new AnnaParams(0.0, 2.0)), "r", "0.0");
        assertMentions(message(() -> new AnnaParams(-1.0, 2.0)), "r", "-1.0");
        assertMentions(message(() -> new AnnaParams(Double.NaN, 2.0)), "r", "NaN");
        assertMentions(message(() -> new AnnaParams(1.0, 1.0)), "c must be > 1", "1.0");
        assertMentions(message(() -> new AnnaParams(1.0, Double.POSITIVE_INFINITY)), "c",
                "Infinity");
        assertMentions(message(() -> new AnnaParams(1e308, 1e10)), "c * r");
        assertMentions(message(() -> new TableParams(0, 4, 1)), "tables (l)", "0");
        assertMentions(message(() -> new TableParams(4, -2, 1)), "hashes per table (z)", "-2");
    }

    /** A function whose bucket key is absurdly wide: the size checks must fire before hashing. */
    private static final class WideHash implements HashFunction {
        private final int words;

        WideHash(int words) {
            this.words = words;
        }

        public int dim() {
            return 1;
        }

        public int words() {
            return words;
        }

        public void hash(Matrix points, int row, long[] out, int offset) {
            throw new AssertionError("hashing must not start when the sizes cannot work");
        }
    }

    @Test
    void tablesThatOverflowAnIntOrTheHeapFailBeforeAnyWork() {
        Matrix k = new Matrix("K", 4096, 1, new double[4096]);
        Matrix v = new Matrix("V", 4096, 1, new double[4096]);
        HashTables overflow = new HashTables(new TableHash[] {
            new TableHash(new HashFunction[] {new WideHash(1 << 20)})});
        assertMentions(message(() -> new AnnaAlgorithm1(overflow).attend(k, k, v)),
                "4294967296 words", "more than one array holds");
        Matrix k512 = new Matrix("K", 512, 1, new double[512]);
        Matrix v512 = new Matrix("V", 512, 1, new double[512]);
        TableHash wide = new TableHash(new HashFunction[] {new WideHash(1 << 21)});
        HashTables heap = new HashTables(new TableHash[] {wide, wide, wide, wide});
        assertMentions(message(() -> new AnnaAlgorithm1(heap).attend(k512, k512, v512)),
                "bytes", "maximum heap");
    }
}
