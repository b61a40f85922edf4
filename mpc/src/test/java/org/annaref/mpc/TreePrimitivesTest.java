package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annaref.reference.mpc.MpcConfig;
import org.annaref.reference.mpc.MpcSimulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The F-ary tree primitives on their own: aggregation then broadcast (H rounds each) and the
 * exclusive prefix scan (2H rounds) over the machines holding p input values (packed by the
 * simulator, floor(s / (w + 1)) to a machine; a machine's leaf is the fold of its values). The
 * scan uses the composition of affine maps x -> a x + b (associative, not commutative), so a wrong
 * order shows.
 */
class TreePrimitivesTest {
    private static final int VALUE = 40;

    /** Composition "first f, then g" of affine maps (a, b), wrapping mod 2^64. */
    static long[] compose(long[] f, long[] g) {
        return new long[] {g[0] * f[0], g[0] * f[1] + g[1]};
    }

    static final class Affine implements ScanTree.Operation {
        @Override
        public long[] identity() {
            return new long[] {1, 0};
        }

        @Override
        public long[] combine(long[] left, long[] right) {
            return compose(left, right);
        }
    }

    /** Values padded to w words each (so that s / (w + 1) of them land on one machine). */
    private static MpcSimulator load(long[][] values, int s, int w) {
        int p = values.length;
        long[] input = new long[p * (w + 1)];
        for (int i = 0; i < p; i++) {
            input[i * (w + 1)] = Frames.header(VALUE, w);
            System.arraycopy(values[i], 0, input, i * (w + 1) + 1, values[i].length);
        }
        int perMachine = s / (w + 1);
        MpcSimulator sim = new MpcSimulator(new MpcConfig(input.length,
                (p + perMachine - 1) / perMachine, s));
        sim.loadInput(input, w + 1);
        return sim;
    }

    /** The fold of this machine's values (in order), or nothing on a machine without values. */
    private static Map<Segment, long[]> leaf(List<Frame> frames, Segment all,
            ScanTree.Operation op) {
        List<Frame> mine = Frames.ofKind(frames, VALUE);
        if (mine.isEmpty()) {
            return Map.of();
        }
        int w = op.identity().length;
        long[] acc = op.identity();
        for (Frame f : mine) {
            acc = op.combine(acc, java.util.Arrays.copyOf(f.data(), w));
        }
        return Map.of(all, acc);
    }

    /** Addition of one-word values. */
    static final class Add implements ScanTree.Operation {
        @Override
        public long[] identity() {
            return new long[1];
        }

        @Override
        public long[] combine(long[] left, long[] right) {
            return new long[] {left[0] + right[0]};
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 2, 3", "2, 2, 1", "7, 2, 1", "9, 3, 2", "100, 4, 5", "257, 16, 1",
        "1000, 5, 20"})
    void aggregationAndBroadcastGiveEveryMachineTheTotal(int p, int fanIn, int per) {
        Random rng = new Random(p);
        long[][] values = new long[p][];
        long total = 0;
        for (int i = 0; i < p; i++) {
            values[i] = new long[] {rng.nextInt(1000)};
            total += values[i][0];
        }
        int machines = (p + per - 1) / per;
        int h = Tree.height(machines, fanIn);
        Segment all = new Segment(0, p);
        TreeReduce tree = new TreeReduce(per, fanIn, h, parts -> {
            long sum = 0;
            for (long[] part : parts) {
                sum += part[0];
            }
            return new long[] {sum};
        });
        int width = (4 * fanIn + 8) / per + 1;
        int s = per * (width + 1);
        MpcSimulator sim = load(values, s, width);
        for (int r = 1; r <= h; r++) {
            int round = r;
            sim.round((machine, memory, outbox) -> {
                List<Frame> frames = Frames.parse(memory);
                tree.up(round, machine, frames, round == 1 ? leaf(frames, all, new Add())
                        : Map.of(), memory, outbox, 0);
            });
        }
        for (int r = 1; r <= h; r++) {
            int round = r;
            sim.round((machine, memory, outbox) -> {
                List<Frame> frames = Frames.parse(memory);
                Map<Segment, long[]> roots = round == 1 && machine == 0 ? tree.collect(frames)
                        : Map.of();
                tree.down(round, machine, frames, roots, memory, outbox, 0);
            });
        }
        assertEquals(2 * h, sim.statistics().rounds());
        for (int i = 0; i < machines && h > 0; i++) {
            long[] got = TreeReduce.broadcastValues(Frames.parse(sim.memory(i))).get(all);
            assertArrayEquals(new long[] {total}, got, "machine " + i);
        }
        assertTrue(sim.statistics().maxReceived() <= (fanIn - 1) * 4L, "a node receives at most"
                + " F - 1 partial sums of 4 words");
    }

    @ParameterizedTest
    @CsvSource({"1, 2, 3", "2, 2, 1", "5, 2, 1", "27, 3, 2", "100, 4, 5", "300, 7, 3",
        "2000, 6, 20"})
    void scanGivesEveryMachineItsExclusivePrefixInOrder(int p, int fanIn, int per) {
        Random rng = new Random(31 + p);
        long[][] values = new long[p][];
        for (int i = 0; i < p; i++) {
            values[i] = new long[] {rng.nextLong() | 1, rng.nextLong()};
        }
        int machines = (p + per - 1) / per;
        int h = Tree.height(machines, fanIn);
        Segment all = new Segment(0, p);
        ScanTree scan = new ScanTree(per, fanIn, h, 2, new Affine());
        // Values padded so that exactly per land on a machine, with room for the tree's frames.
        int width = (int) ((ScanTree.nodeWords(fanIn, h, 2) + 8L * fanIn) / per) + 3;
        MpcSimulator sim = load(values, per * (width + 1), width);
        for (int r = 1; r <= h; r++) {
            int round = r;
            sim.round((machine, memory, outbox) -> {
                List<Frame> frames = Frames.parse(memory);
                scan.up(round, machine, frames, round == 1 ? leaf(frames, all, new Affine())
                        : Map.of(), memory, outbox, 0);
            });
        }
        for (int r = 1; r <= h; r++) {
            int round = r;
            sim.round((machine, memory, outbox) -> scan.down(round, machine,
                    Frames.parse(memory), memory, outbox, 0));
        }
        assertEquals(2 * h, sim.statistics().rounds());
        long[] prefix = {1, 0};
        long[] total = {1, 0};
        for (long[] v : values) {
            total = compose(total, v);
        }
        for (int i = 0; i < machines && h > 0; i++) {
            List<Frame> down = Frames.ofKind(Frames.parse(sim.memory(i)), Kind.SCAN_DOWN);
            assertEquals(1, down.size(), "machine " + i);
            long[][] result = scan.result(down.get(0));
            assertArrayEquals(prefix, result[0], "prefix of machine " + i);
            assertArrayEquals(total, result[1], "total at machine " + i);
            for (int t = i * per; t < Math.min(p, (i + 1) * per); t++) {
                prefix = compose(prefix, values[t]);
            }
        }
    }
}
