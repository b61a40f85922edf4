package org.annaref.mpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.Outbox;

/**
 * Exclusive prefix "sums" over the machines of each segment, with an associative operation, by
 * an up-sweep and a down-sweep of the segment's F-ary {@link Tree}: 2H rounds for height H.
 *
 * <p>Up-sweep round h (1..H): a node at height h - 1 first completes its height-(h-1) step from
 * the values its children sent (it stores them, in child order, for the down-sweep), then sends
 * its subtree value to its parent unless it is itself a node at height h. Down-sweep round j
 * handles height h = H - j + 1: a node with prefix P (the combination of everything left of its
 * subtree; the root starts from the identity and learns the total) sends child i the prefix
 * P + S_0 + ... + S_(i-1). After both sweeps every machine holds its exclusive prefix and the
 * segment's total. The combination order is the tree's, left to right.
 *
 * <p>Frames: SCAN_OWN [lo, hi, value], SCAN_UP [lo, hi, child, value], SCAN_NODE [lo, hi, h,
 * S_0 .. S_(F-1)], SCAN_DOWN [lo, hi, prefix, total].
 */
final class ScanTree {
    /** An associative operation on values of one width, with its identity. */
    interface Operation {
        long[] identity();

        long[] combine(long[] left, long[] right);
    }

    private final long perMachine;
    private final int fanIn;
    private final int height;
    private final int width;
    private final Operation op;

    ScanTree(long perMachine, int fanIn, int height, int width, Operation op) {
        this.perMachine = perMachine;
        this.fanIn = fanIn;
        this.height = height;
        this.width = width;
        this.op = op;
    }

    /** Words a node stores at most for one segment (for memory plans). */
    static long nodeWords(int fanIn, int height, int width) {
        return (long) height * (4L + (long) fanIn * width) + 2L * width + 4 + (long) fanIn * (width + 4);
    }

    /**
     * Up-sweep round h on relative machine {@code rel}. For h = 1, {@code leaves} holds this
     * machine's value per segment; later rounds read the SCAN_* frames of {@code frames}.
     */
    void up(int h, long rel, List<Frame> frames, Map<Segment, long[]> leaves, LocalMemory memory,
            Outbox outbox, int base) {
        Map<Segment, long[]> own = new LinkedHashMap<>();
        Map<Segment, List<Frame>> ups = new LinkedHashMap<>();
        if (h == 1) {
            own.putAll(leaves);
        }
        for (Frame f : frames) {
            if (f.kind() == Kind.SCAN_OWN) {
                own.put(Segment.of(f), Arrays.copyOfRange(f.data(), 2, f.data().length));
            } else if (f.kind() == Kind.SCAN_UP) {
                ups.computeIfAbsent(Segment.of(f), s -> new ArrayList<>()).add(f);
            } else if (f.kind() == Kind.SCAN_NODE) {
                Frames.keep(memory, f);
            }
        }
        for (Map.Entry<Segment, long[]> e : own.entrySet()) {
            Segment seg = e.getKey();
            long[] value = e.getValue();
            if (h >= 2) {
                Map<Segment, Frame> completed = new LinkedHashMap<>();
                value = complete(seg, h - 1, value, ups.getOrDefault(seg, List.of()), completed);
                Frames.keep(memory, completed.get(seg));
            }
            long p = seg.position(rel, perMachine);
            if (Tree.isNode(p, h, fanIn)) {
                Frames.keep(memory, Kind.SCAN_OWN, withSegment(seg, value));
            } else {
                long parent = Tree.ancestor(p, h, fanIn);
                long child = (p - parent) / Tree.power(fanIn, h - 1);
                long[] data = new long[3 + width];
                data[0] = seg.lo();
                data[1] = seg.hi();
                data[2] = child;
                System.arraycopy(value, 0, data, 3, width);
                Frames.send(outbox, base + (int) (seg.firstMachine(perMachine) + parent),
                        Kind.SCAN_UP, data);
            }
        }
    }

    /** Down-sweep round j (1..H), for height H - j + 1. */
    void down(int j, long rel, List<Frame> frames, LocalMemory memory, Outbox outbox, int base) {
        int h = height - j + 1;
        Map<Segment, long[]> prefix = new LinkedHashMap<>();
        Map<Segment, long[]> total = new LinkedHashMap<>();
        Map<Segment, Frame> nodes = new LinkedHashMap<>();
        Map<Segment, long[]> own = new LinkedHashMap<>();
        Map<Segment, List<Frame>> ups = new LinkedHashMap<>();
        for (Frame f : frames) {
            Segment seg = Segment.of(f);
            if (f.kind() == Kind.SCAN_DOWN) {
                prefix.put(seg, Arrays.copyOfRange(f.data(), 2, 2 + width));
                total.put(seg, Arrays.copyOfRange(f.data(), 2 + width, 2 + 2 * width));
            } else if (f.kind() == Kind.SCAN_NODE) {
                if (f.get(2) == h) {
                    nodes.put(seg, f);
                } else {
                    Frames.keep(memory, f);
                }
            } else if (f.kind() == Kind.SCAN_OWN) {
                own.put(seg, Arrays.copyOfRange(f.data(), 2, f.data().length));
            } else if (f.kind() == Kind.SCAN_UP) {
                ups.computeIfAbsent(seg, s -> new ArrayList<>()).add(f);
            }
        }
        if (j == 1) {
            // The root completes the last height of the up-sweep and starts from the identity.
            for (Map.Entry<Segment, long[]> e : own.entrySet()) {
                Segment seg = e.getKey();
                long[] t = complete(seg, height, e.getValue(), ups.getOrDefault(seg, List.of()),
                        nodes);
                prefix.put(seg, op.identity());
                total.put(seg, t);
            }
        }
        for (Map.Entry<Segment, long[]> e : prefix.entrySet()) {
            Segment seg = e.getKey();
            long[] running = e.getValue();
            long[] tot = total.get(seg);
            Frame node = nodes.get(seg);
            if (node != null) {
                long p = seg.position(rel, perMachine);
                long step = Tree.power(fanIn, h - 1);
                long[] childPrefix = running;
                for (int i = 1; i < fanIn; i++) {
                    childPrefix = op.combine(childPrefix, slice(node, i - 1));
                    long pos = p + i * step;
                    if (pos < seg.machines(perMachine)) {
                        Frames.send(outbox, base + (int) (seg.firstMachine(perMachine) + pos),
                                Kind.SCAN_DOWN, downData(seg, childPrefix, tot));
                    }
                }
            }
            Frames.keep(memory, Kind.SCAN_DOWN, downData(seg, running, tot));
        }
    }

    /**
     * Completes a node at height h: S_0 = its own value, S_i = child i's value (identity when
     * absent); puts the SCAN_NODE frame into {@code nodes} and returns S_0 + ... + S_(F-1).
     */
    private long[] complete(Segment seg, int h, long[] own, List<Frame> ups,
            Map<Segment, Frame> nodes) {
        long[][] children = new long[fanIn][];
        children[0] = own;
        for (Frame f : ups) {
            children[(int) f.get(2)] = Arrays.copyOfRange(f.data(), 3, f.data().length);
        }
        long[] node = new long[3 + fanIn * width];
        node[0] = seg.lo();
        node[1] = seg.hi();
        node[2] = h;
        long[] t = op.identity();
        for (int i = 0; i < fanIn; i++) {
            long[] v = children[i] == null ? op.identity() : children[i];
            System.arraycopy(v, 0, node, 3 + i * width, width);
            t = op.combine(t, v);
        }
        nodes.put(seg, new Frame(Kind.SCAN_NODE, node));
        return t;
    }

    private long[] slice(Frame node, int i) {
        return Arrays.copyOfRange(node.data(), 3 + i * width, 3 + (i + 1) * width);
    }

    private long[] downData(Segment seg, long[] prefix, long[] total) {
        long[] data = new long[2 + 2 * width];
        data[0] = seg.lo();
        data[1] = seg.hi();
        System.arraycopy(prefix, 0, data, 2, width);
        System.arraycopy(total, 0, data, 2 + width, width);
        return data;
    }

    private static long[] withSegment(Segment seg, long[] value) {
        long[] data = new long[2 + value.length];
        data[0] = seg.lo();
        data[1] = seg.hi();
        System.arraycopy(value, 0, data, 2, value.length);
        return data;
    }

    /** The (prefix, total) pair of a SCAN_DOWN frame. */
    long[][] result(Frame down) {
        return new long[][] {Arrays.copyOfRange(down.data(), 2, 2 + width),
            Arrays.copyOfRange(down.data(), 2 + width, 2 + 2 * width)};
    }
}
