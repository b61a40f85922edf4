package org.annaref.reference.amplify;

/**
 * Where each function's words sit in a bucket key. The key of g = (h_1, ..., h_z) is the
 * concatenation of the functions' outputs: function f writes its {@code words[f]} words at
 * positions [start(f), start(f) + words[f]) of the key, start(0) = 0 and each segment right
 * after the previous one.
 *
 * <p>This is the bucket-key encoding. {@link #starts} computes it; its contract and the lemma
 * {@link #injective} (both proven by KeY) say that no two (function, word) pairs share a key
 * position and that every position lies within the key. So two keys are equal exactly when every
 * function's words are equal; no information is lost to a reduction modulo a table size.
 */
public final class KeyLayout {
    private KeyLayout() {
    }

    /*@ public behavior
      @ requires words != null && words.length >= 1 && limit >= 0;
      @ requires (\forall int f; 0 <= f && f < words.length; words[f] >= 1);
      @ ensures \result.length == words.length + 1 && \result[0] == 0;
      @ ensures words[0] <= \result[words.length] && \result[words.length] <= limit;
      @ ensures (\forall int f; 0 <= f && f < words.length; \result[f + 1] == \result[f] + words[f]);
      @ ensures (\forall int f, g; 0 <= f && f < g && g <= words.length;
      @             \result[f] + words[f] <= \result[g]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * The start of each function's segment, and the key width at index {@code words.length}:
     * prefix sums of {@code words} (each at least 1), so the width is at least {@code words[0]}
     * (the form the constructor of {@link TableHash} needs for its invariant {@code width >= 1}).
     * Throws when the width would exceed {@code limit}, checked before each addition, so that no
     * sum overflows.
     */
    public static int[] starts(int[] words, int limit) {
        int z = words.length;
        int[] starts = new int[z + 1];
        /*@ loop_invariant 0 <= f && f <= z && starts[0] == 0;
          @ loop_invariant starts[f] <= limit;
          @ loop_invariant (\forall int e; 0 <= e && e < f; starts[e + 1] == starts[e] + words[e]);
          @ loop_invariant (\forall int e, g; 0 <= e && e < g && g <= f;
          @                    starts[e] + words[e] <= starts[g]);
          @ decreases z - f;
          @ assignable starts[*];
          @*/
        for (int f = 0; f < z; f++) {
            if (words[f] > limit - starts[f]) {
                throw new IllegalArgumentException(tooWide(words));
            }
            starts[f + 1] = starts[f] + words[f];
        }
        return starts;
    }

    /*@ private normal_behavior
      @ requires words != null;
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for a key wider than the limit, with its whole width. */
    private static String tooWide(int[] words) {
        long width = 0;
        /*@ loop_invariant 0 <= f && f <= words.length;
          @ decreases words.length - f;
          @ assignable \nothing;
          @*/
        for (int f = 0; f < words.length; f++) {
            width += words[f];
        }
        return "bucket key of " + width + " words is too wide";
    }

    /*@ public normal_behavior
      @ requires starts != null && words != null && starts.length == words.length + 1;
      @ requires (\forall int f, g; 0 <= f && f < g && g <= words.length;
      @             starts[f] + words[f] <= starts[g]);
      @ requires 0 <= f && f < words.length && 0 <= a && a < words[f];
      @ requires 0 <= g && g < words.length && 0 <= b && b < words[g];
      @ requires starts[f] + a == starts[g] + b;
      @ ensures f == g && a == b;
      @ assignable \strictly_nothing;
      @*/
    /**
     * Lemma (no run-time effect): the layout {@link #starts} returns is injective. Word a of
     * function f and word b of function g land on the same key position only when f = g and
     * a = b; with {@code starts[0] = 0} and the last segment ending at the width, every
     * position also lies within the key. Hence equal keys mean equal words of every function.
     */
    public static void injective(int[] starts, int[] words, int f, int a, int g, int b) {
    }
}
