package org.annaref.reference.anna;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.index.Tuples;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/** Input and size checks shared by Algorithms 1 and 2, all made before any hashing. */
final class AnnaInputs {
    /** Bytes per tuple position of a built table beyond its key words (order, groupAt, bounds, flag). */
    private static final long INDEX_BYTES_PER_KEY = 13L;

    private AnnaInputs() {
    }

    /**
     * Checks shapes (Q, K widths equal the tables' dimension; K, V row counts agree), that every
     * table's bucket keys fit one array, and that the working memory fits the heap:
     * {@code tablesHeld} built tables at once (l for Algorithm 1, 1 for Algorithm 2).
     */
    static void check(HashTables tables, Matrix q, Matrix k, Matrix v, int tablesHeld) {
        Require.notNull("hash tables", tables);
        AttentionShapes.check(q, k, v);
        if (q.cols() != tables.dim()) {
            throw new IllegalArgumentException(q.describe() + " has " + q.cols()
                    + " columns but the hash functions expect dimension " + tables.dim());
        }
        int rows = Math.max(q.rows(), k.rows());
        long widest = 0;
        /*@ loop_invariant 0 <= t && t <= tables.count();
          @ decreases tables.count() - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < tables.count(); t++) {
            Tuples.requireFits("bucket keys of table " + t, rows, tables.table(t).width());
            widest = Math.max(widest, tables.table(t).width());
        }
        long perTable = (long) k.rows() * (8L * widest + INDEX_BYTES_PER_KEY)
                + 8L * k.rows() * v.cols();
        long accumulators = (long) q.rows() * (8L * v.cols() + 8L) + 8L * q.rows() * widest;
        Require.fitsInMemory("ANNA with " + tables.count() + " tables over " + k.describe(),
                perTable * tablesHeld + accumulators);
    }
}
