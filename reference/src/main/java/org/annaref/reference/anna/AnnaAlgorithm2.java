package org.annaref.reference.anna;

import org.annaref.reference.amplify.HashTables;
import org.annaref.spec.Attention;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;

/**
 * ANNA by Algorithm 2, linear memory (MATH.md section 2): the same output as Algorithm 1, built
 * one table at a time. For t = 1..l: build table t, add each query's bucket (S_t[g_t(q_i)],
 * C_t[g_t(q_i)]) to its running (S_i, C_i), drop the table. Working memory O(m N) (one table
 * plus the running totals) instead of O(l m N).
 *
 * <p>Each query receives its buckets in increasing t, exactly as in {@link AnnaAlgorithm1}, so
 * the outputs are identical doubles ({@link QueryAccumulator}). The optional implied weights
 * cost memory proportional to the number of collisions.
 */
public final class AnnaAlgorithm2 implements Attention {
    private final /*@ spec_public @*/ HashTables tables;

    /*@ public normal_behavior
      @ requires tables != null;
      @ ensures this.tables == tables;
      @*/
    /** ANNA (linear memory) with the given hash tables. */
    public AnnaAlgorithm2(HashTables tables) {
        if (tables == null) {
            throw new IllegalArgumentException("hash tables must not be null");
        }
        this.tables = tables;
    }

    /*@ public normal_behavior
      @ requires family != null && dim >= 1 && params != null;
      @ ensures \result.tables.tables.length == params.tables;
      @ ensures \fresh(\result);
      @*/
    /** ANNA (linear memory) with l x z functions of {@code family} for dimension {@code dim}. */
    public static AnnaAlgorithm2 sample(LshFamily family, int dim, TableParams params) {
        return new AnnaAlgorithm2(HashTables.sample(family, dim, params));
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "anna-linear-memory";
    }

    /*@ public normal_behavior
      @ ensures \result == tables;
      @ assignable \strictly_nothing;
      @*/
    /** The hash tables g_1..g_l. */
    public HashTables tables() {
        return tables;
    }

    /*@ public behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols == k.cols && k.rows == v.rows && q.cols == tables.dim();
      @ ensures \result.rows == q.rows && \result.cols == v.cols;
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols != k.cols || k.rows != v.rows;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public Matrix attend(Matrix q, Matrix k, Matrix v) {
        return run(q, k, v, false).output();
    }

    /*@ public behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols == k.cols && k.rows == v.rows && q.cols == tables.dim();
      @ ensures \result.output.rows == q.rows && \result.output.cols == v.cols;
      @ ensures \result.weights != null <==> withWeights;
      @ ensures \result.weights != null
      @     ==> \result.weights.keys.length == q.rows && \result.weights.keyCount == k.rows;
      @ ensures \fresh(\result);
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols != k.cols || k.rows != v.rows || q.cols != tables.dim();
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** The output, and the implied weights when {@code withWeights}. */
    public AnnaRun run(Matrix q, Matrix k, Matrix v, boolean withWeights) {
        return run(q, k, v, withWeights, new SilentProgress());
    }

    /*@ public behavior
      @ requires q != null && k != null && v != null && progress != null;
      @ requires q.cols == k.cols && k.rows == v.rows && q.cols == tables.dim();
      @ ensures \result.output.rows == q.rows && \result.output.cols == v.cols;
      @ ensures \result.weights != null <==> withWeights;
      @ ensures \result.weights != null
      @     ==> \result.weights.keys.length == q.rows && \result.weights.keyCount == k.rows;
      @ ensures \fresh(\result);
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols != k.cols || k.rows != v.rows || q.cols != tables.dim();
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * The output, and the implied weights when {@code withWeights}; {@code progress} hears after
     * each table.
     */
    public AnnaRun run(Matrix q, Matrix k, Matrix v, boolean withWeights,
            ProgressListener progress) {
        Require.notNull("progress listener", progress);
        int l = tables.count();
        AnnaInputs.check(tables, q, k, v, 1);
        QueryAccumulator totals = new QueryAccumulator(q.rows(), v.cols());
        WeightCollector collisions = withWeights ? new WeightCollector(q.rows(), k.rows()) : null;
        /*@ loop_invariant 0 <= t && t <= l;
          @ decreases l - t;
          @ assignable \everything;
          @*/
        for (int t = 0; t < l; t++) {
            BucketTable table = BucketTable.build(tables.table(t), k, v);
            long[] queryKeys = table.hash().bucketKeys(q);
            int width = table.hash().width();
            /*@ loop_invariant 0 <= i && i <= q.rows;
              @ decreases q.rows - i;
              @ assignable \everything;
              @*/
            for (int i = 0; i < q.rows(); i++) {
                int bucket = table.lookup(queryKeys, i * width);
                if (bucket >= 0) {
                    totals.add(i, table, bucket);
                    if (collisions != null) {
                        collisions.add(i, table, bucket);
                    }
                }
            }
            progress.tablesDone(t + 1, l);
        }
        SparseWeights weights = collisions == null ? null : collisions.finish();
        return new AnnaRun(totals.output(), weights);
    }
}
