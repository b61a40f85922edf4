package org.annaref.spec;

import org.annaref.bridge.JdkMath;

/**
 * Argument checks shared by every public entry point of spec/ and reference/.
 *
 * <p>Each check throws {@link IllegalArgumentException} whose message names the argument and
 * the offending value, so a caller (or a user of the command line) sees what to fix. Checks run
 * before any work is done: no method of the project half-writes an output and then fails.
 */
public final class Require {
    private Require() {
    }

    /*@ public normal_behavior
      @ requires value >= 1;
      @ ensures \result == value;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires value < 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Returns {@code value} if it is at least 1, else throws naming {@code name}. */
    public static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }

    /*@ public normal_behavior
      @ requires value >= 0;
      @ ensures \result == value;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires value < 0;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Returns {@code value} if it is not negative, else throws naming {@code name}. */
    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }

    /*@ public normal_behavior
      @ requires -1.7976931348623157E308 <= value && value <= 1.7976931348623157E308;
      @ ensures \result == value;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires !(-1.7976931348623157E308 <= value && value <= 1.7976931348623157E308);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Returns {@code value} if it is finite, else throws naming {@code name}. */
    public static double finite(String name, double value) {
        if (!JdkMath.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /*@ public normal_behavior
      @ requires 0 < value && value <= 1.7976931348623157E308;
      @ ensures \result == value;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires !(0 < value && value <= 1.7976931348623157E308);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Returns {@code value} if it is finite and above 0, else throws naming {@code name}. */
    public static double positive(String name, double value) {
        if (!JdkMath.isFinite(value) || !(value > 0.0)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /*@ public normal_behavior
      @ requires 0 <= value && value <= 1;
      @ ensures \result == value;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires !(0 <= value && value <= 1);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Returns {@code value} if it is a finite probability in [0, 1], else throws. */
    public static double probability(String name, double value) {
        if (!JdkMath.isFinite(value) || value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got "
                    + value);
        }
        return value;
    }

    /*@ public normal_behavior
      @ requires value != null;
      @ ensures \result == value;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires value == null;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Returns {@code value} if it is not null, else throws naming {@code name}. */
    public static /*@ nullable @*/ Object notNull(String name, /*@ nullable @*/ Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /*@ public normal_behavior
      @ requires values != null;
      @ ensures true;
      @*/
    /** Throws naming {@code name} and the first index whose entry is NaN or infinite. */
    public static void allFinite(String name, double[] values) {
        /*@ loop_invariant 0 <= i && i <= values.length;
          @ decreases values.length - i;
          @ assignable \strictly_nothing;
          @*/
        for (int i = 0; i < values.length; i++) {
            if (!JdkMath.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got "
                        + values[i]);
            }
        }
    }

    /*@ public behavior
      @ requires bytes >= 0;
      @ ensures true;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * Throws when {@code bytes} more bytes of working memory would exceed the JVM's maximum heap,
     * so a run that cannot finish fails at once with a message instead of after minutes with an
     * {@code OutOfMemoryError}.
     */
    public static void fitsInMemory(String what, long bytes) {
        long limit = JdkMath.maxHeapBytes();
        if (bytes > limit) {
            throw new IllegalArgumentException(tooBig(what, bytes, limit));
        }
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message of {@link #fitsInMemory}. */
    private static String tooBig(String what, long bytes, long limit) {
        return what + " needs about " + bytes + " bytes, more than the maximum heap of " + limit
                + " bytes (raise -Xmx or reduce the sizes)";
    }
}
