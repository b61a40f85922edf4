package org.annaref.mpc;

import java.util.Random;

/** Symbol sequences of the hop tasks: checks and the experiments' distribution. */
public final class Symbols {
    private Symbols() {
    }

    /** Non-null, N &gt;= 1, every symbol &gt;= 0 (-1 is reserved for "none"). */
    static void check(long[] x) {
        if (x == null || x.length < 1) {
            throw new IllegalArgumentException("the symbol sequence must have N >= 1 symbols, got "
                    + (x == null ? "null" : "0"));
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                throw new IllegalArgumentException("symbol " + i + " must be >= 0, got " + x[i]);
            }
        }
    }

    /**
     * N symbols from {0 .. alphabet - 1}; with {@code noRepeat} no symbol equals its predecessor
     * (the k-hop experiments: N = 100, |Sigma| = 4), else independent uniform symbols.
     */
    public static long[] random(int n, int alphabet, boolean noRepeat, long seed) {
        if (n < 1 || alphabet < (noRepeat ? 2 : 1)) {
            throw new IllegalArgumentException("need N >= 1 and an alphabet of >= "
                    + (noRepeat ? 2 : 1) + " symbols, got N = " + n + ", |Sigma| = " + alphabet);
        }
        Random rng = new Random(seed);
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            if (noRepeat && i > 0) {
                long s = rng.nextInt(alphabet - 1);
                x[i] = s >= x[i - 1] ? s + 1 : s;
            } else {
                x[i] = rng.nextInt(alphabet);
            }
        }
        return x;
    }
}
