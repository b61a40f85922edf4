package org.annaref.mpc;

import java.util.ArrayList;
import java.util.List;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.Outbox;

/** Reading and writing {@link Frame}s through the simulator's word interface. */
public final class Frames {
    private Frames() {
    }

    static long header(int kind, int length) {
        return ((long) kind << 32) | (length & 0xFFFFFFFFL);
    }

    /** The frames of a memory, in memory order; a malformed memory is a protocol bug. */
    public static List<Frame> parse(LocalMemory memory) {
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        while (at < memory.size()) {
            long header = memory.word(at);
            int kind = (int) (header >>> 32);
            int length = (int) header;
            if (length < 0 || at + 1 + length > memory.size()) {
                throw new IllegalStateException("malformed frame at word " + at);
            }
            long[] data = new long[length];
            for (int i = 0; i < length; i++) {
                data[i] = memory.word(at + 1 + i);
            }
            frames.add(new Frame(kind, data));
            at += 1 + length;
        }
        return frames;
    }

    /** The frames of a word array (a memory copy the driver read). */
    public static List<Frame> parse(long[] words) {
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        while (at < words.length) {
            int kind = (int) (words[at] >>> 32);
            int length = (int) words[at];
            long[] data = new long[length];
            System.arraycopy(words, at + 1, data, 0, length);
            frames.add(new Frame(kind, data));
            at += 1 + length;
        }
        return frames;
    }

    /** Keeps a frame in the machine's memory after this round. */
    public static void keep(LocalMemory memory, Frame frame) {
        memory.keep(header(frame.kind(), frame.data().length));
        for (long w : frame.data()) {
            memory.keep(w);
        }
    }

    /** Keeps a frame of {@code kind} with the given payload. */
    public static void keep(LocalMemory memory, int kind, long[] data) {
        keep(memory, new Frame(kind, data));
    }

    /** Sends a frame to {@code destination}. */
    public static void send(Outbox outbox, int destination, Frame frame) {
        outbox.send(destination, header(frame.kind(), frame.data().length));
        for (long w : frame.data()) {
            outbox.send(destination, w);
        }
    }

    /** Sends a frame of {@code kind} with the given payload. */
    public static void send(Outbox outbox, int destination, int kind, long[] data) {
        send(outbox, destination, new Frame(kind, data));
    }

    /** The frames of one kind, in order. */
    public static List<Frame> ofKind(List<Frame> frames, int kind) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            if (f.kind() == kind) {
                out.add(f);
            }
        }
        return out;
    }
}
