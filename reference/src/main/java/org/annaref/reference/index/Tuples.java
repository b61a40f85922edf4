package org.annaref.reference.index;

/**
 * Tuples of {@code long} words stored row-major in one array: tuple i of width w occupies
 * {@code keys[i * w .. i * w + w - 1]}. Bucket keys (the z-tuple of a table) and EMA keys (the
 * m canonical coordinate bits) are both tuples; their order is lexicographic with each word
 * compared as a signed {@code long}.
 */
public final class Tuples {
    private Tuples() {
    }

    /*@ public normal_behavior
      @ requires keys != null && width >= 1;
      @ requires 0 <= a && (a + 1) * width <= keys.length;
      @ requires 0 <= b && (b + 1) * width <= keys.length;
      @ ensures \result == 0 <==> (\forall int t; 0 <= t && t < width;
      @                              keys[a * width + t] == keys[b * width + t]);
      @ ensures \result < 0 <==> (\exists int k; 0 <= k && k < width;
      @            (\forall int s; 0 <= s && s < k; keys[a * width + s] == keys[b * width + s])
      @            && keys[a * width + k] < keys[b * width + k]);
      @ ensures \result > 0 <==> (\exists int k; 0 <= k && k < width;
      @            (\forall int s; 0 <= s && s < k; keys[b * width + s] == keys[a * width + s])
      @            && keys[b * width + k] < keys[a * width + k]);
      @ ensures -1 <= \result && \result <= 1;
      @ assignable \strictly_nothing;
      @ accessible keys[*];
      @*/
    /**
     * Lexicographic comparison of tuples a and b: -1, 0 or 1. The contract names the sign
     * exactly (negative iff the first differing word of a is smaller), so that callers can
     * derive antisymmetry (compare(a, b) &gt; 0 iff compare(b, a) &lt; 0) without induction.
     */
    public static int compare(long[] keys, int width, int a, int b) {
        int t = firstDifference(keys, width, a, b);
        if (t == width) {
            return 0;
        }
        int ao = a * width;
        int bo = b * width;
        //@ assert ao >= 0;
        //@ assert bo >= 0;
        return keys[ao + t] < keys[bo + t] ? -1 : 1;
    }

    /*@ public normal_behavior
      @ requires keys != null && width >= 1;
      @ requires 0 <= a && (a + 1) * width <= keys.length;
      @ requires 0 <= b && (b + 1) * width <= keys.length;
      @ ensures 0 <= \result && \result <= width;
      @ ensures (\forall int s; 0 <= s && s < \result; keys[a * width + s] == keys[b * width + s]);
      @ ensures \result < width ==> keys[a * width + \result] != keys[b * width + \result];
      @ assignable \strictly_nothing;
      @ accessible keys[*];
      @*/
    /**
     * The first column where tuples a and b differ, or {@code width} when they are equal. It
     * decides {@link #compare}, and names the column that makes lexicographic order
     * column-wise (TupleSort's lemma columnsOfPairs).
     */
    public static int firstDifference(long[] keys, int width, int a, int b) {
        int ao = a * width;
        int bo = b * width;
        //@ assert ao >= 0;
        //@ assert bo >= 0;
        int t = 0;
        /*@ loop_invariant 0 <= t && t <= width;
          @ loop_invariant (\forall int s; 0 <= s && s < t; keys[ao + s] == keys[bo + s]);
          @ decreases width - t;
          @ assignable \strictly_nothing;
          @*/
        while (t < width && keys[ao + t] == keys[bo + t]) {
            t++;
        }
        return t;
    }

    /*@ public normal_behavior
      @ requires keys != null && width >= 1 && probe != null;
      @ requires 0 <= a && (a + 1) * width <= keys.length;
      @ requires 0 <= probeOffset && probeOffset + width <= probe.length;
      @ ensures \result <==> (\forall int t; 0 <= t && t < width;
      @                         keys[a * width + t] == probe[probeOffset + t]);
      @ assignable \strictly_nothing;
      @*/
    /** True when tuple a equals {@code probe[probeOffset .. probeOffset + width - 1]}. */
    public static boolean equalsProbe(long[] keys, int width, int a, long[] probe,
            int probeOffset) {
        int ao = a * width;
        //@ assert ao >= 0;
        /*@ loop_invariant 0 <= t && t <= width;
          @ loop_invariant (\forall int s; 0 <= s && s < t; keys[ao + s] == probe[probeOffset + s]);
          @ decreases width - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < width; t++) {
            if (keys[ao + t] != probe[probeOffset + t]) {
                return false;
            }
        }
        return true;
    }

    /*@ public normal_behavior
      @ requires width >= 1 && count >= 0;
      @ requires (\bigint) count * width <= Integer.MAX_VALUE - 8;
      @ ensures true;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires width >= 1 && count >= 0;
      @ requires (\bigint) count * width > Integer.MAX_VALUE - 8;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Throws unless {@code count} tuples of {@code width} words fit one Java array. */
    public static void requireFits(String what, int count, int width) {
        long words = (long) count * width;
        if (words > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(tooWide(what, count, width, words));
        }
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for {@code count} tuples of {@code width} words that no array holds. */
    private static String tooWide(String what, int count, int width, long words) {
        return what + ": " + count + " tuples of " + width + " words = " + words
                + " words, more than one array holds";
    }
}
