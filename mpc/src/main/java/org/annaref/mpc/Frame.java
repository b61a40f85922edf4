package org.annaref.mpc;

/**
 * One self-describing block of words in a machine's memory or in a message: a header word
 * (kind in the high 32 bits, payload length in the low 32) and the payload. Every protocol keeps
 * its state as frames, so a machine can always tell its data apart; the header is part of the
 * words counted against s.
 */
public record Frame(int kind, long[] data) {
    /** Words this frame occupies, header included. */
    public int words() {
        return data.length + 1;
    }

    /** Payload word i. */
    public long get(int i) {
        return data[i];
    }
}
