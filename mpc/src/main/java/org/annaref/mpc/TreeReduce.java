package org.annaref.mpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.Outbox;

/**
 * F-ary tree aggregation to a segment's first machine and its reverse, the broadcast from it
 * ({@link Tree}): H rounds each for height H.
 *
 * <p>Up round h: a node at height h - 1 merges its own partial value with those its children sent
 * (own first, then children by increasing position: delivery order is sender order) and sends the
 * result to its parent unless it is a node at height h. After round H the root merges the last
 * arrivals ({@link #collect}). Broadcast round j (height h = H - j + 1): every node at height h
 * holding the value sends it to its children p + i F^(h-1), i = 1 .. F - 1.
 *
 * <p>Frames: ACC [lo, hi, value] (partial aggregates), BCAST [lo, hi, value].
 */
final class TreeReduce {
    /** Merges partial values given in child order (own value first). */
    interface Merge {
        long[] merge(List<long[]> parts);
    }

    private final long perMachine;
    private final int fanIn;
    private final int height;
    private final Merge merge;

    TreeReduce(long perMachine, int fanIn, int height, Merge merge) {
        this.perMachine = perMachine;
        this.fanIn = fanIn;
        this.height = height;
        this.merge = merge;
    }

    /** Up round h (1..H); for h = 1 {@code leaves} holds this machine's values per segment. */
    void up(int h, long rel, List<Frame> frames, Map<Segment, long[]> leaves, LocalMemory memory,
            Outbox outbox, int base) {
        Map<Segment, List<long[]>> parts = new LinkedHashMap<>();
        if (h == 1) {
            for (Map.Entry<Segment, long[]> e : leaves.entrySet()) {
                parts.computeIfAbsent(e.getKey(), s -> new ArrayList<>()).add(e.getValue());
            }
        }
        for (Frame f : frames) {
            if (f.kind() == Kind.ACC) {
                parts.computeIfAbsent(Segment.of(f), s -> new ArrayList<>())
                        .add(Arrays.copyOfRange(f.data(), 2, f.data().length));
            }
        }
        for (Map.Entry<Segment, List<long[]>> e : parts.entrySet()) {
            Segment seg = e.getKey();
            long[] value = merge.merge(e.getValue());
            long p = seg.position(rel, perMachine);
            long[] data = withSegment(seg, value);
            if (Tree.isNode(p, h, fanIn)) {
                Frames.keep(memory, Kind.ACC, data);
            } else {
                long parent = Tree.ancestor(p, h, fanIn);
                Frames.send(outbox, base + (int) (seg.firstMachine(perMachine) + parent),
                        Kind.ACC, data);
            }
        }
    }

    /** The merged value per segment on the root after the last up round (or a lone leaf). */
    Map<Segment, long[]> collect(List<Frame> frames) {
        Map<Segment, List<long[]>> parts = new LinkedHashMap<>();
        for (Frame f : frames) {
            if (f.kind() == Kind.ACC) {
                parts.computeIfAbsent(Segment.of(f), s -> new ArrayList<>())
                        .add(Arrays.copyOfRange(f.data(), 2, f.data().length));
            }
        }
        Map<Segment, long[]> out = new LinkedHashMap<>();
        for (Map.Entry<Segment, List<long[]>> e : parts.entrySet()) {
            out.put(e.getKey(), merge.merge(e.getValue()));
        }
        return out;
    }

    /**
     * Broadcast round j (1..H). For j = 1, {@code rootValues} are the values the root starts
     * with; later rounds forward the BCAST frames of {@code frames}. BCAST frames are kept.
     */
    void down(int j, long rel, List<Frame> frames, Map<Segment, long[]> rootValues,
            LocalMemory memory, Outbox outbox, int base) {
        int h = height - j + 1;
        Map<Segment, long[]> values = new LinkedHashMap<>(rootValues);
        values.putAll(broadcastValues(frames));
        for (Map.Entry<Segment, long[]> e : values.entrySet()) {
            Segment seg = e.getKey();
            long[] data = withSegment(seg, e.getValue());
            long p = seg.position(rel, perMachine);
            if (Tree.isNode(p, h, fanIn)) {
                long step = Tree.power(fanIn, h - 1);
                for (int i = 1; i < fanIn; i++) {
                    long child = p + i * step;
                    if (child < seg.machines(perMachine)) {
                        Frames.send(outbox, base + (int) (seg.firstMachine(perMachine) + child),
                                Kind.BCAST, data);
                    }
                }
            }
            Frames.keep(memory, Kind.BCAST, data);
        }
    }

    /** The broadcast values this machine holds, per segment. */
    static Map<Segment, long[]> broadcastValues(List<Frame> frames) {
        Map<Segment, long[]> out = new LinkedHashMap<>();
        for (Frame f : frames) {
            if (f.kind() == Kind.BCAST) {
                out.put(Segment.of(f), Arrays.copyOfRange(f.data(), 2, f.data().length));
            }
        }
        return out;
    }

    static long[] withSegment(Segment seg, long[] value) {
        long[] data = new long[2 + value.length];
        data[0] = seg.lo();
        data[1] = seg.hi();
        System.arraycopy(value, 0, data, 2, value.length);
        return data;
    }
}
