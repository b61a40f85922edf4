package org.annaref.reference.amplify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.lsh.BitSamplingHash;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.HyperplaneHash;
import org.annaref.reference.lsh.IdentityHash;
import org.annaref.reference.lsh.PStableHash;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

class AmplificationTest {
    @Test
    void bucketKeyIsTheExactTupleOfFunctionValues() {
        // Two p-stable functions whose buckets are far apart: a modulo-based key would be free to
        // merge them; the tuple never does.
        HashFunction[] functions = {new PStableHash(new double[] {1, 0}, 0, 1e-6),
            new BitSamplingHash(1, 2)};
        TableHash g = new TableHash(functions);
        Matrix x = new Matrix("X", 2, 2, new double[] {4294967.296, 3, 0.0, 3});
        long[] keys = g.bucketKeys(x);
        assertEquals(2, g.width());
        assertArrayEquals(new long[] {4294967296000L, 3, 0, 3}, keys);
    }

    @Test
    void keyLayoutPlacesEachFunctionsWordsRightAfterThePrevious() {
        assertArrayEquals(new int[] {0, 1, 4, 6}, KeyLayout.starts(new int[] {1, 3, 2}, 6));
        assertArrayEquals(new int[] {0, 5}, KeyLayout.starts(new int[] {5}, 100));
        // One word over the limit: refused, with the whole width in the message.
        IllegalArgumentException tooWide = assertThrows(IllegalArgumentException.class,
                () -> KeyLayout.starts(new int[] {1, 3, 2}, 5));
        assertEquals("bucket key of 6 words is too wide", tooWide.getMessage());
        // A 3-word function between two 1-word ones: its words occupy positions 1..3.
        HashFunction[] functions = {new BitSamplingHash(0, 3), new IdentityHash(3),
            new BitSamplingHash(2, 3)};
        TableHash g = new TableHash(functions);
        Matrix x = new Matrix("X", 1, 3, new double[] {7, -0.0, 9});
        long[] key = g.bucketKeys(x);
        assertEquals(5, g.width());
        assertArrayEquals(new long[] {7, IdentityHash.canonicalBits(7),
            IdentityHash.canonicalBits(0.0), IdentityHash.canonicalBits(9), 9}, key);
    }

    @Test
    void functionsAreSampledFromTheirOwnSubStream() {
        TableParams params = new TableParams(3, 4, 1234L);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 5, params);
        assertEquals(3, tables.count());
        for (int t = 0; t < 3; t++) {
            assertEquals(4, tables.table(t).size());
            for (int f = 0; f < 4; f++) {
                HyperplaneHash expected = (HyperplaneHash) new HyperplaneFamily().sample(5,
                        SplitMix64.derive(1234L, (long) t * 4 + f));
                assertArrayEquals(expected.normal(),
                        ((HyperplaneHash) tables.table(t).function(f)).normal(),
                        "table " + t + " function " + f);
            }
        }
        assertNotEquals(((HyperplaneHash) tables.table(0).function(0)).normal()[0],
                ((HyperplaneHash) tables.table(1).function(0)).normal()[0],
                "tables must not share functions");
    }

    @Test
    void tableParamsValidation() {
        assertThrows(IllegalArgumentException.class, () -> new TableParams(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TableParams(1, 0, 0));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> new TableParams(1 << 13, 1 << 12, 0));
        assertTrue(tooMany.getMessage().contains("8192 * 4096"), tooMany.getMessage());
        TableHash[] none = new TableHash[0];
        assertThrows(IllegalArgumentException.class, () -> new HashTables(none));
        assertThrows(IllegalArgumentException.class,
                () -> new TableHash(new HashFunction[] {new HyperplaneHash(new double[] {1}),
                    new HyperplaneHash(new double[] {1, 2})}));
    }
}
