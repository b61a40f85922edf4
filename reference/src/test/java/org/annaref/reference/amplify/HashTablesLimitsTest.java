package org.annaref.reference.amplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.lsh.HyperplaneHash;
import org.annaref.reference.lsh.IdentityHash;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/** Tables of one dimension only; size checks made before anything is sampled or allocated. */
class HashTablesLimitsTest {
    /** A family whose functions claim to be huge; sampling one is a test failure. */
    private static final class HugeFamily implements LshFamily {
        int sampled;

        public String name() {
            return "huge";
        }

        public HashFunction sample(int dim, long seed) {
            sampled++;
            throw new AssertionError("sampled a function although the tables cannot fit");
        }

        public boolean hasClosedForm() {
            return false;
        }

        public double collisionProbability(double[] x, double[] y) {
            throw new IllegalArgumentException("no closed form");
        }

        public double collisionProbabilityAtDistance(double distance, int dim) {
            throw new IllegalArgumentException("no closed form");
        }

        public long bytesPerFunction(int dim) {
            return 1L << 41; // 2 TiB per function
        }
    }

    @Test
    void tablesOfDifferentDimensionsAreRefused() {
        TableHash two = new TableHash(new HashFunction[] {new IdentityHash(2)});
        TableHash three = new TableHash(new HashFunction[] {new IdentityHash(3)});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HashTables(new TableHash[] {two, two, three}));
        assertTrue(e.getMessage().contains("table 2 has dimension 3"), e.getMessage());
        assertEquals(2, new HashTables(new TableHash[] {two, two}).dim());
    }

    @Test
    void aMissingArrayNoFunctionsOrANullFirstFunctionIsRefusedByName() {
        assertEquals("functions must not be null", assertThrows(IllegalArgumentException.class,
                () -> new TableHash(null)).getMessage());
        assertEquals("hashes per table (z) must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new TableHash(new HashFunction[0])).getMessage());
        assertEquals("function 0 must not be null", assertThrows(IllegalArgumentException.class,
                () -> new TableHash(new HashFunction[] {null, new IdentityHash(2)})).getMessage());
    }

    @Test
    void aNullFunctionOrTableAfterTheFirstIsNamedByItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TableHash(new HashFunction[] {new IdentityHash(2), null}));
        assertTrue(e.getMessage().contains("function 1 must not be null"), e.getMessage());
        TableHash two = new TableHash(new HashFunction[] {new IdentityHash(2)});
        e = assertThrows(IllegalArgumentException.class,
                () -> new HashTables(new TableHash[] {two, two, null}));
        assertTrue(e.getMessage().contains("table 2 must not be null"), e.getMessage());
    }

    @Test
    void samplingTablesThatCannotFitTheHeapIsRefusedBeforeAnyFunctionIsDrawn() {
        // l = 1000 tables of z = 2000 functions of 2 TiB each: 2^41 * 2 * 10^6 bytes.
        HugeFamily family = new HugeFamily();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HashTables.sample(family, 4, new TableParams(1000, 2000, 1L)));
        assertTrue(e.getMessage().contains("1000 x 2000 huge functions"), e.getMessage());
        assertEquals(0, family.sampled);
    }

    @Test
    void bucketKeyWidthUpToHalfOfIntRangeIsAccepted() {
        // IdentityHash holds no per-dimension data, so a very wide key costs nothing to build.
        int widest = Integer.MAX_VALUE / 2;
        assertEquals(widest, new TableHash(new HashFunction[] {new IdentityHash(widest)}).width());
        assertThrows(IllegalArgumentException.class,
                () -> new TableHash(new HashFunction[] {new IdentityHash(widest + 1)}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TableHash(new HashFunction[] {new IdentityHash(widest + 1)}));
        assertTrue(e.getMessage().contains("bucket key of 1073741824 words is too wide"),
                e.getMessage());
        // Two functions whose widths only together pass the limit.
        int half = 1 << 29;
        assertThrows(IllegalArgumentException.class, () -> new TableHash(
                new HashFunction[] {new IdentityHash(2 * half), new IdentityHash(2 * half)}));
    }

    @Test
    void bucketKeysBeyondOneArrayAreRefusedBeforeAllocating() {
        // z = 2^15 one-dimensional hyperplanes give keys of 2^15 words; 2^16 points then need
        // 2^31 words, more than one array holds.
        HashFunction[] functions = new HashFunction[1 << 15];
        for (int f = 0; f < functions.length; f++) {
            functions[f] = new HyperplaneHash(new double[] {1.0});
        }
        TableHash table = new TableHash(functions);
        Matrix points = new Matrix("P", 1 << 16, 1, new double[1 << 16]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.bucketKeys(points));
        assertTrue(e.getMessage().contains("2147483648 words"), e.getMessage());
        // The same table over a few points works: every key is all ones (projection 0 -> 1).
        long[] keys = table.bucketKeys(new Matrix("P", 2, 1, new double[2]));
        assertEquals(2 * functions.length, keys.length);
        for (long word : keys) {
            assertEquals(1L, word);
        }
    }

    @Test
    void pointsOfAnotherDimensionAreRefusedNamingTheirShape() {
        TableHash table = new TableHash(
                new HashFunction[] {new HyperplaneHash(new double[] {1, 2})});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.bucketKeys(new Matrix("P", 2, 3, new double[6])));
        assertEquals("P (2 x 3) has 3 columns but the hash functions expect dimension 2",
                e.getMessage());
    }
}
