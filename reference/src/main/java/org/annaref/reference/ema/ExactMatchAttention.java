package org.annaref.reference.ema;

import org.annaref.reference.index.TupleGroups;
import org.annaref.reference.lsh.IdentityHash;
import org.annaref.spec.Attention;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * Exact Match Attention by sorting (appendix Def. B.1; MATH.md section 1): out_i is the average
 * of the values whose key equals q_i exactly, or 0 when none does.
 *
 * <p>Algorithm: turn each key into its canonical bits ({@link IdentityHash#canonicalBits}: -0.0
 * becomes +0.0; NaN cannot occur in a {@link Matrix}), sort the keys lexicographically, group
 * equal keys once with their value sum (members in increasing j, from +0.0) and count, then find
 * each query's group by binary search. O(m N log N) time, O(m N) space, O(m log N) per query.
 * The result equals {@link org.annaref.spec.EmaContract#expectedRow} bit for bit.
 */
public final class ExactMatchAttention implements Attention {
    /*@ public normal_behavior
      @ ensures true;
      @*/
    /** EMA (it has no parameters). */
    public ExactMatchAttention() {
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "ema";
    }

    /*@ public behavior
      @ requires q != null && k != null && v != null;
      @ requires q.cols == k.cols && k.rows == v.rows;
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
        AttentionShapes.check(q, k, v);
        int m = k.cols();
        int mv = v.cols();
        long[] keyBits = canonicalRows(k);
        TupleGroups groups = TupleGroups.build(keyBits, m, k.rows());
        double[] sums = groups.sumRows(v);
        long entries = (long) q.rows() * mv;
        if (entries > Matrix.MAX_ENTRIES) {
            throw new IllegalArgumentException("EMA output " + q.rows() + " x " + mv
                    + " is more than one array holds");
        }
        double[] out = new double[q.rows() * mv];
        long[] probe = new long[m];
        /*@ loop_invariant 0 <= i && i <= q.rows;
          @ decreases q.rows - i;
          @ assignable out[*], probe[*];
          @*/
        for (int i = 0; i < q.rows(); i++) {
            /*@ loop_invariant 0 <= t && t <= m;
              @ decreases m - t;
              @ assignable probe[*];
              @*/
            for (int t = 0; t < m; t++) {
                probe[t] = IdentityHash.canonicalBits(q.get(i, t));
            }
            int g = groups.find(probe, 0);
            if (g >= 0) {
                double count = (double) groups.count(g);
                /*@ loop_invariant 0 <= u && u <= mv;
                  @ decreases mv - u;
                  @ assignable out[*];
                  @*/
                for (int u = 0; u < mv; u++) {
                    out[i * mv + u] = sums[g * mv + u] / count;
                }
            }
        }
        return new Matrix("EMA output", q.rows(), mv, out);
    }

    /*@ public normal_behavior
      @ requires points != null;
      @ ensures \result.length == points.rows * points.cols;
      @*/
    /** The canonical bits of every entry, row-major. */
    public static long[] canonicalRows(Matrix points) {
        Require.notNull("points", points);
        int m = points.cols();
        long[] bits = new long[points.rows() * m];
        /*@ loop_invariant 0 <= i && i <= points.rows;
          @ decreases points.rows - i;
          @ assignable bits[*];
          @*/
        for (int i = 0; i < points.rows(); i++) {
            /*@ loop_invariant 0 <= t && t <= m;
              @ decreases m - t;
              @ assignable bits[*];
              @*/
            for (int t = 0; t < m; t++) {
                bits[i * m + t] = IdentityHash.canonicalBits(points.get(i, t));
            }
        }
        return bits;
    }
}
