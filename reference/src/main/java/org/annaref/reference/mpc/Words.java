package org.annaref.reference.mpc;

import org.annaref.bridge.JdkMath;

/**
 * The word model of the MPC simulator: one word is one 64-bit {@code long}. A double travels as
 * its raw IEEE 754 bits (so it arrives bit for bit, -0.0 and NaN payloads included); an index or
 * a count is one word; a vector of m coordinates is m words.
 */
public final class Words {
    private Words() {
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** The word carrying {@code value}: its raw bits. */
    public static long ofDouble(double value) {
        return JdkMath.rawBits(value);
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** The double a word carries (inverse of {@link #ofDouble}). */
    public static double toDouble(long word) {
        return JdkMath.longBitsToDouble(word);
    }
}
