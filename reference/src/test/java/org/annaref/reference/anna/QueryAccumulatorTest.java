package org.annaref.reference.anna;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.amplify.TableHash;
import org.annaref.reference.lsh.IdentityHash;
import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;

/** The running (S_i, C_i) of Algorithms 1 and 2, by hand on an exact-match table. */
class QueryAccumulatorTest {
    @Test
    void countsAndAveragesTheBucketsEachQueryLandsIn() {
        // Keys 1, 2, 1, 3 with values 10, 20, 30, 40; queries 1, 3, 5.
        Matrix k = new Matrix("K", 4, 1, new double[] {1, 2, 1, 3});
        Matrix v = new Matrix("V", 4, 1, new double[] {10, 20, 30, 40});
        Matrix q = new Matrix("Q", 3, 1, new double[] {1, 3, 5});
        TableHash identity = new TableHash(new HashFunction[] {new IdentityHash(1)});
        BucketTable table = BucketTable.build(identity, k, v);
        QueryAccumulator totals = new QueryAccumulator(3, 1);
        // The same table twice, as two identical tables of a run would contribute.
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3; i++) {
                long[] key = new long[1];
                identity.bucketKey(q, i, key, 0);
                int bucket = table.lookup(key, 0);
                if (bucket >= 0) {
                    totals.add(i, table, bucket);
                }
            }
        }
        assertEquals(4, totals.count(0)); // keys 0 and 2, in both rounds
        assertEquals(2, totals.count(1)); // key 3, in both rounds
        assertEquals(0, totals.count(2)); // no key equals 5
        // out_i = S_i / C_i; (10 + 30 + 10 + 30) / 4 = 20, 80 / 2 = 40, and 0 for no collision.
        assertArrayEquals(new double[] {20, 40, 0}, totals.output().toArray(), 0.0);
    }

    @Test
    void totalsTooLargeForOneArrayAreRefused() {
        // 2^16 queries x 2^16 value columns = 2^32 sums.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QueryAccumulator(1 << 16, 1 << 16));
        assertTrue(e.getMessage().contains("65536 queries x 65536 value columns"),
                e.getMessage());
    }
}
