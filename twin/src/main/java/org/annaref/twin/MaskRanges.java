package org.annaref.twin;

import org.annaref.reference.attention.AttentionMask;

/**
 * The keys a mask allows for query i, as at most two half-open intervals: none [0, N); causal
 * [0, i + 1); window w [i - w + 1, i + 1); sink s with window w [0, min(s, i + 1)) and
 * [i - w + 1, i + 1) (clipped to [0, N)). The twin tiles over these intervals instead of testing
 * every (i, j).
 *
 * <p>The window and sink sizes are read from {@link AttentionMask#toString()}, whose forms
 * ("window:R", "sink:S:R") are the documented command-line syntax: the mask lives in the
 * verified reference, where every new accessor is a new proof obligation. A test checks these
 * intervals against {@link AttentionMask#allows} pair by pair.
 */
final class MaskRanges {
    private final int kind;
    private final int window;
    private final int sink;

    MaskRanges(AttentionMask mask) {
        this.kind = mask.kind();
        String[] parts = mask.toString().split(":");
        this.window = kind == AttentionMask.WINDOW ? Integer.parseInt(parts[1])
                : kind == AttentionMask.SINK ? Integer.parseInt(parts[2]) : 0;
        this.sink = kind == AttentionMask.SINK ? Integer.parseInt(parts[1]) : 0;
    }

    /** Writes {lo1, hi1, lo2, hi2} for query i among n keys (empty intervals have lo >= hi). */
    void of(int i, int n, int[] out) {
        int end = Math.min(n, i + 1);
        switch (kind) {
            case AttentionMask.NONE:
                set(out, 0, n, 0, 0);
                break;
            case AttentionMask.CAUSAL:
                set(out, 0, end, 0, 0);
                break;
            case AttentionMask.WINDOW:
                set(out, (int) Math.max(0L, (long) i - window + 1), end, 0, 0);
                break;
            default:
                int windowStart = (int) Math.max(0L, (long) i - window + 1);
                int sinkEnd = Math.min(sink, end);
                if (sinkEnd >= windowStart) {
                    set(out, 0, end, 0, 0);
                } else {
                    set(out, 0, sinkEnd, windowStart, end);
                }
        }
    }

    /** The union over queries [from, to) among n keys, in the same layout. */
    void union(int from, int to, int n, int[] out) {
        int end = Math.min(n, to);
        int windowStart = (int) Math.max(0L, (long) from - window + 1);
        switch (kind) {
            case AttentionMask.NONE:
                set(out, 0, n, 0, 0);
                break;
            case AttentionMask.CAUSAL:
                set(out, 0, end, 0, 0);
                break;
            case AttentionMask.WINDOW:
                set(out, windowStart, end, 0, 0);
                break;
            default:
                int sinkEnd = Math.min(sink, end);
                if (sinkEnd >= windowStart) {
                    set(out, 0, end, 0, 0);
                } else {
                    set(out, 0, sinkEnd, windowStart, end);
                }
        }
    }

    private static void set(int[] out, int lo1, int hi1, int lo2, int hi2) {
        out[0] = lo1;
        out[1] = hi1;
        out[2] = lo2;
        out[3] = hi2;
    }
}
