package org.annaref.reference.mpc;

/**
 * A growable sequence of words (one word = one {@code long}): the memory of one machine, or the
 * words one machine keeps during a round. Capacity doubles when full, so appending is amortized
 * O(1).
 */
public final class WordBuffer {
    private /*@ spec_public @*/ long[] words;
    private /*@ spec_public @*/ int size;

    /*@ public invariant words != null && 0 <= size && size <= words.length;
      @*/

    /*@ public normal_behavior
      @ ensures size == 0;
      @ assignable \nothing;
      @*/
    /** An empty buffer. */
    public WordBuffer() {
        this.words = new long[8];
        this.size = 0;
    }

    /*@ public normal_behavior
      @ ensures \result == size;
      @ assignable \strictly_nothing;
      @*/
    /** The number of words held. */
    public int size() {
        return size;
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < size;
      @ ensures \result == words[i];
      @ assignable \strictly_nothing;
      @*/
    /** Word i (0-based). */
    public long get(int i) {
        return words[i];
    }

    /*@ public normal_behavior
      @ requires size < 1073741823;
      @ ensures size == \old(size) + 1 && words[size - 1] == word;
      @ ensures (\forall int p; 0 <= p && p < \old(size); words[p] == \old(words[p]));
      @ assignable words, words[*], size;
      @*/
    /** Appends one word. */
    public void add(long word) {
        if (size == words.length) {
            long[] grown = new long[2 * words.length + 1];
            /*@ loop_invariant 0 <= p && p <= size && grown.length > size;
              @ loop_invariant (\forall int t; 0 <= t && t < p; grown[t] == words[t]);
              @ decreases size - p;
              @ assignable grown[*];
              @*/
            for (int p = 0; p < size; p++) {
                grown[p] = words[p];
            }
            words = grown;
        }
        words[size] = word;
        size = size + 1;
    }

    /*@ public normal_behavior
      @ ensures size == 0;
      @ assignable size;
      @*/
    /** Forgets every word (the capacity is kept for reuse). */
    public void clear() {
        size = 0;
    }

    /*@ public normal_behavior
      @ ensures \result.length == size;
      @ ensures (\forall int p; 0 <= p && p < size; \result[p] == words[p]);
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** A copy of the words held. */
    public long[] toArray() {
        long[] copy = new long[size];
        /*@ loop_invariant 0 <= p && p <= size;
          @ loop_invariant (\forall int t; 0 <= t && t < p; copy[t] == words[t]);
          @ decreases size - p;
          @ assignable copy[*];
          @*/
        for (int p = 0; p < size; p++) {
            copy[p] = words[p];
        }
        return copy;
    }
}
