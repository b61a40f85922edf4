package org.annaref.reference.attention;

import org.annaref.spec.Require;

/**
 * Which keys a query may attend to (seed small-transformers-simulate-large, Defs. 2.3-2.5),
 * restated 0-based: query i, key j.
 * <ul>
 * <li>none: every j;</li>
 * <li>causal: j &lt;= i;</li>
 * <li>sliding window of size w &gt;= 1: i - w &lt; j &lt;= i;</li>
 * <li>attention sink of size s &gt;= 1 with window w: (j &lt; s and j &lt;= i) or
 * i - w &lt; j &lt;= i (1-based: j &lt;= min(i, s) or i - w &lt; j &lt;= i).</li>
 * </ul>
 * Masks other than none need as many queries as keys (self-attention).
 */
public final class AttentionMask {
    /** No mask. */
    public static final int NONE = 0;
    /** Causal mask. */
    public static final int CAUSAL = 1;
    /** Sliding window. */
    public static final int WINDOW = 2;
    /** Attention sink plus sliding window. */
    public static final int SINK = 3;

    private final /*@ spec_public @*/ int kind;
    private final /*@ spec_public @*/ int window;
    private final /*@ spec_public @*/ int sink;

    /*@ public invariant NONE <= kind && kind <= SINK && window >= 0 && sink >= 0;
      @*/

    private AttentionMask(int kind, int window, int sink) {
        this.kind = kind;
        this.window = window;
        this.sink = sink;
    }

    /*@ public normal_behavior
      @ ensures \result.kind == NONE;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** Every key visible. */
    public static AttentionMask none() {
        return new AttentionMask(NONE, 0, 0);
    }

    /*@ public normal_behavior
      @ ensures \result.kind == CAUSAL;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** Keys up to the query's position. */
    public static AttentionMask causal() {
        return new AttentionMask(CAUSAL, 0, 0);
    }

    /*@ public normal_behavior
      @ requires window >= 1;
      @ ensures \result.kind == WINDOW && \result.window == window;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ also
      @ public exceptional_behavior
      @ requires window < 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** The last {@code window} positions up to the query (window &gt;= 1). */
    public static AttentionMask slidingWindow(int window) {
        return new AttentionMask(WINDOW, Require.atLeastOne("window size", window), 0);
    }

    /*@ public normal_behavior
      @ requires sink >= 1 && window >= 1;
      @ ensures \result.kind == SINK && \result.sink == sink && \result.window == window;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ also
      @ public exceptional_behavior
      @ requires sink < 1 || window < 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** The first {@code sink} positions plus the last {@code window} (both &gt;= 1), causal. */
    public static AttentionMask sink(int sink, int window) {
        return new AttentionMask(SINK, Require.atLeastOne("window size", window),
                Require.atLeastOne("sink size", sink));
    }

    /*@ public normal_behavior
      @ ensures \result == kind;
      @ assignable \strictly_nothing;
      @*/
    /** One of NONE, CAUSAL, WINDOW, SINK. */
    public int kind() {
        return kind;
    }

    /*@ public normal_behavior
      @ ensures \result <==> kind != NONE;
      @ assignable \strictly_nothing;
      @*/
    /** True for every kind but NONE. */
    public boolean needsSelfAttention() {
        return kind != NONE;
    }

    /*@ public normal_behavior
      @ requires i >= 0 && j >= 0;
      @ ensures \result <==> (kind == NONE
      @     || (kind == CAUSAL && j <= i)
      @     || (kind == WINDOW && i - window < j && j <= i)
      @     || (kind == SINK && ((j < sink && j <= i) || (i - window < j && j <= i))));
      @ assignable \strictly_nothing;
      @*/
    /** True when query i may attend to key j (0-based). */
    public boolean allows(int i, int j) {
        if (kind == NONE) {
            return true;
        }
        if (j > i) {
            return false;
        }
        if (kind == CAUSAL) {
            return true;
        }
        boolean inWindow = i - window < j;
        if (kind == WINDOW) {
            return inWindow;
        }
        return inWindow || j < sink;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    public String toString() {
        if (kind == NONE) {
            return "none";
        } else if (kind == CAUSAL) {
            return "causal";
        } else if (kind == WINDOW) {
            return "window:" + window;
        }
        return "sink:" + sink + ":" + window;
    }
}
