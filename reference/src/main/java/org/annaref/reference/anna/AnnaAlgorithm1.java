package org.annaref.reference.anna;

import org.annaref.reference.amplify.HashTables;
import org.annaref.spec.Attention;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;

/**
 * ANNA by Algorithm 1 (MATH.md section 2): build all l tables, each holding per bucket b the
 * value sum S_t[b] and count C_t[b]; then for each query sum the buckets it lands in:
 * S_i = sum_t S_t[g_t(q_i)], C_i = sum_t C_t[g_t(q_i)], out_i = S_i / C_i (0 if C_i = 0).
 * Memory O(l (N z + N m)): all tables at once.
 *
 * <p>Summation order: see {@link QueryAccumulator}; it equals {@link AnnaAlgorithm2} bit for bit.
 */
public final class AnnaAlgorithm1 implements Attention {
    private final /*@ spec_public @*/ HashTables tables;

    /*@ public normal_behavior
      @ requires tables != null;
      @ ensures this.tables == tables;
      @*/
    /** ANNA with the given hash tables. */
    public AnnaAlgorithm1(HashTables tables) {
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
    /** ANNA with l x z functions of {@code family} sampled for dimension {@code dim}. */
    public static AnnaAlgorithm1 sample(LshFamily family, int dim, TableParams params) {
        return new AnnaAlgorithm1(HashTables.sample(family, dim, params));
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "anna";
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
        AnnaInputs.check(tables, q, k, v, l);
        BucketTable[] built = new BucketTable[l];
        /*@ loop_invariant 0 <= t && t <= l;
          @ decreases l - t;
          @ assignable built[*];
          @*/
        for (int t = 0; t < l; t++) {
            built[t] = BucketTable.build(tables.table(t), k, v);
            progress.tablesDone(t + 1, l);
        }
        QueryAccumulator totals = new QueryAccumulator(q.rows(), v.cols());
        WeightCollector collisions = withWeights ? new WeightCollector(q.rows(), k.rows()) : null;
        /*@ loop_invariant 0 <= i && i <= q.rows;
          @ decreases q.rows - i;
          @ assignable \everything;
          @*/
        for (int i = 0; i < q.rows(); i++) {
            /*@ loop_invariant 0 <= u && u <= l;
              @ decreases l - u;
              @ assignable \everything;
              @*/
            for (int u = 0; u < l; u++) {
                long[] key = new long[built[u].hash().width()];
                built[u].hash().bucketKey(q, i, key, 0);
                int bucket = built[u].lookup(key, 0);
                if (bucket >= 0) {
                    totals.add(i, built[u], bucket);
                    if (collisions != null) {
                        collisions.add(i, built[u], bucket);
                    }
                }
            }
        }
        SparseWeights weights = collisions == null ? null : collisions.finish();
        return new AnnaRun(totals.output(), weights);
    }
}
