package org.annaref.twin;

import org.annaref.reference.lsh.IdentityHash;
import org.annaref.spec.Attention;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;

/**
 * Exact Match Attention by hashing: keys become their canonical bits (-0.0 as +0.0), equal
 * keys are grouped by open addressing on the exact m words ({@link BucketIndex}), each group's
 * value sum adds its members in increasing j from +0.0 and is divided by the group's size, and
 * each query finds its group in expected O(m). These are the reference's operations in the
 * reference's order, so the output equals {@code ExactMatchAttention}'s bit for bit (the
 * differential tests require it).
 */
public final class TwinEma implements Attention {
    /** EMA. */
    public TwinEma() {
    }

    @Override
    public String name() {
        return "ema-twin";
    }

    @Override
    public Matrix attend(Matrix q, Matrix k, Matrix v) {
        AttentionShapes.check(q, k, v);
        int m = k.cols();
        int mv = v.cols();
        int n = q.rows();
        int keys = k.rows();
        long[] keyBits = canonical(k);
        long[] queryBits = canonical(q);
        double[] va = v.toArray();
        double[] out = new double[n * mv];
        if (keys > 0) {
            BucketIndex groups = BucketIndex.build(keyBits, m, keys);
            double[] sums = new double[groups.buckets() * mv];
            for (int j = 0; j < keys; j++) {
                Vectors.add(sums, groups.bucketOf(j) * mv, va, j * mv, mv);
            }
            Parallel.forRange(n, 256, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int g = groups.find(queryBits, i * m);
                    if (g >= 0) {
                        Vectors.divide(out, i * mv, sums, g * mv, mv, (double) groups.count(g));
                    }
                }
            });
        }
        return new Matrix("EMA output", n, mv, out);
    }

    private static long[] canonical(Matrix points) {
        int m = points.cols();
        double[] x = points.toArray();
        long[] bits = new long[x.length];
        Parallel.forRange(points.rows(), 1024, (from, to) -> {
            for (int p = from * m; p < to * m; p++) {
                bits[p] = IdentityHash.canonicalBits(x[p]);
            }
        });
        return bits;
    }
}
