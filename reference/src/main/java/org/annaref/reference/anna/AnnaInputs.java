package org.annaref.reference.anna;

import org.annaref.reference.amplify.HashTables;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/** Input and size checks shared by Algorithms 1 and 2, all made before any hashing. */
final class AnnaInputs {
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
        int widest = 1;
        /*@ loop_invariant 0 <= t && t <= tables.count() && widest >= 1;
          @ decreases tables.count() - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < tables.count(); t++) {
            widest = Math.max(widest, tables.table(t).width());
        }
        AnnaMemory.require(q.rows(), k.rows(), v.cols(), tables.count(), tablesHeld, widest);
    }
}
