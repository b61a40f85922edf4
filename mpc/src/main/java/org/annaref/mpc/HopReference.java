package org.annaref.mpc;

/**
 * The direct k-hop of MATH.md section 5 (Sanford et al. Def. 4.1), 0-based: find(i) is the
 * largest j with 1 &lt;= j &lt;= i and x[j - 1] = x[i], or none; find^k is find applied k times
 * (none stays none); hop_k(x)[i] = x[find^k(i)], or {@link #NONE}. Quadratic and obviously
 * correct: the oracle for {@link HopProtocol}.
 */
public final class HopReference {
    /** "none": no such position (symbols are &gt;= 0). */
    public static final long NONE = -1;

    private HopReference() {
    }

    /** find(i) for every i, or -1. */
    public static int[] find(long[] x) {
        int[] f = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = -1;
            for (int j = i; j >= 1; j--) {
                if (x[j - 1] == x[i]) {
                    f[i] = j;
                    break;
                }
            }
        }
        return f;
    }

    /** hop_k(x) for k &gt;= 1. */
    public static long[] hop(long[] x, int k) {
        Symbols.check(x);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        int[] f = find(x);
        long[] out = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            int p = i;
            for (int step = 0; step < k && p >= 0; step++) {
                p = f[p];
            }
            out[i] = p < 0 ? NONE : x[p];
        }
        return out;
    }
}
