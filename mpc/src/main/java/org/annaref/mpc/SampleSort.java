package org.annaref.mpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.MpcSimulator;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.RoundFunction;

/**
 * Deterministic sample sort on the simulator: regular sampling, splitters, and recursion while a
 * bucket exceeds one machine (Lemma C.2; Goodrich, Sitchinava and Zhang 2011 as the anchor).
 *
 * <p><b>Layout.</b> The sorted region is P = ceil(n / C) machines from {@code base}; machine
 * base + x holds positions [x C, (x + 1) C). A <i>segment</i> [lo, hi) is a bucket still in
 * order with the rest (every record of a segment is smaller than every record of the next) but
 * not yet sorted inside; records carry their segment. Records are distinct: the origin word breaks
 * ties of equal keys.
 *
 * <p><b>Rounds.</b> (1) The emitting machines send record t of theirs to position first + t:
 * one segment [0, n). (2) While some segment is larger than C (a "large" segment, which spans
 * at least two machines), a level runs in every large segment at once: each machine sorts its
 * part locally and takes k regular samples; the samples climb the segment's F-ary tree, each node
 * keeping k regular samples of what it merged (H rounds); the root picks d - 1 splitters at
 * regular ranks of its sample, never its smallest sample, so every bucket is strictly smaller
 * than the segment; the splitters go down the tree (H rounds); per-machine bucket counts are
 * prefix-summed over the tree (2H rounds); every record is routed to position lo + (records of
 * smaller buckets) + (records of its bucket on earlier machines) + (its index among its bucket's
 * records on this machine) (1 round). The halting test is a one-bit OR over the whole region,
 * carried up a global tree during the sample gathering; the driver reads it on the region's first
 * machine. (3) A segment of at most C records spans at most two machines: the second sends its
 * part to the first, which sorts the segment and returns the tail (2 rounds).
 *
 * <p>Afterwards machine base + x holds exactly the records of ranks [x C, (x + 1) C) of the sorted
 * order; {@link #sortedRecords} sorts them locally. Rounds: {@link SortPlan#rounds}.
 */
public final class SampleSort {
    private SampleSort() {
    }

    /** What emits the records: run on every machine in the sort's first round. */
    public interface Emitter {
        /** This machine's records (packed, any order) and the position of its first record. */
        Emission emit(int machine, LocalMemory memory);
    }

    /** Records emitted by one machine: positions first, first + 1, ... */
    public record Emission(long[] records, long first) {
        static final Emission NONE = new Emission(new long[0], 0);
    }

    /** What a sort run did: splitting levels and rounds. */
    public record Outcome(int levels, int rounds) {
    }

    /** Sorts the emitted records into the region starting at machine {@code base}. */
    public static Outcome run(MpcSimulator simulator, SortPlan plan, int base, Emitter emitter) {
        int start = simulator.statistics().rounds();
        simulator.round(new FirstRoute(plan, base, emitter));
        int levels = 0;
        while (true) {
            for (int h = 1; h <= plan.height(); h++) {
                simulator.round(new RegionOnly(base, new GatherSamples(plan, base, h)));
            }
            if (!flagRaised(simulator.memory(base))) {
                break;
            }
            levels++;
            for (int j = 1; j <= plan.height(); j++) {
                simulator.round(new RegionOnly(base, new SendSplitters(plan, base, j)));
            }
            for (int h = 1; h <= plan.height(); h++) {
                simulator.round(new RegionOnly(base, new CountUp(plan, base, h)));
            }
            for (int j = 1; j <= plan.height(); j++) {
                simulator.round(new RegionOnly(base, new CountDown(plan, base, j)));
            }
            simulator.round(new RegionOnly(base, new Route(plan, base)));
        }
        simulator.round(new RegionOnly(base, new FixSend(plan, base)));
        simulator.round(new RegionOnly(base, new FixReturn(plan, base)));
        return new Outcome(levels, simulator.statistics().rounds() - start);
    }

    private static boolean flagRaised(long[] memory) {
        for (Frame f : Frames.parse(memory)) {
            if (f.kind() == Kind.FLAG) {
                return true;
            }
        }
        return false;
    }

    /** The sorted records a machine of the region holds (a local sort of its REC frames). */
    public static long[] sortedRecords(List<Frame> frames, RecordFormat format) {
        List<long[]> parts = new ArrayList<>();
        int total = 0;
        for (Frame f : frames) {
            if (f.kind() == Kind.REC) {
                long[] recs = Arrays.copyOfRange(f.data(), 2, f.data().length);
                parts.add(recs);
                total += recs.length;
            }
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return format.sorted(all);
    }

    /** The REC frames of a machine, merged per segment (in memory order). */
    static Map<Segment, long[]> records(List<Frame> frames) {
        Map<Segment, List<long[]>> parts = new LinkedHashMap<>();
        for (Frame f : frames) {
            if (f.kind() == Kind.REC) {
                parts.computeIfAbsent(Segment.of(f), s -> new ArrayList<>())
                        .add(Arrays.copyOfRange(f.data(), 2, f.data().length));
            }
        }
        Map<Segment, long[]> out = new LinkedHashMap<>();
        for (Map.Entry<Segment, List<long[]>> e : parts.entrySet()) {
            out.put(e.getKey(), concat(e.getValue()));
        }
        return out;
    }

    static long[] concat(List<long[]> parts) {
        int total = 0;
        for (long[] p : parts) {
            total += p.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    static void keepRecords(LocalMemory memory, Segment seg, long[] records) {
        if (records.length > 0) {
            Frames.keep(memory, Kind.REC, TreeReduce.withSegment(seg, records));
        }
    }

    /**
     * Sends records (in the given order) to positions first, first + 1, ... of segment
     * {@code target}, one frame per destination machine; those for {@code self} are kept.
     */
    static void place(long[] records, int width, long first, Segment target, SortPlan plan,
            int base, int self, LocalMemory memory, Outbox outbox) {
        int n = records.length / width;
        int t = 0;
        while (t < n) {
            long machine = (first + t) / plan.perMachine();
            int end = t;
            while (end < n && (first + end) / plan.perMachine() == machine) {
                end++;
            }
            long[] part = Arrays.copyOfRange(records, t * width, end * width);
            int destination = base + (int) machine;
            if (destination == self) {
                keepRecords(memory, target, part);
            } else {
                Frames.send(outbox, destination, Kind.REC, TreeReduce.withSegment(target, part));
            }
            t = end;
        }
    }

    /** Merge of sample lists: all samples, sorted, thinned to k at regular ranks. */
    static final class SampleMerge implements TreeReduce.Merge {
        private final RecordFormat format;
        private final int keep;

        SampleMerge(RecordFormat format, int keep) {
            this.format = format;
            this.keep = keep;
        }

        @Override
        public long[] merge(List<long[]> parts) {
            RecordFormat keys = new RecordFormat(format.keyWords(), 0);
            return regular(keys.sorted(concat(parts)), keys.width(), keep);
        }
    }

    /** At most k elements of a sorted list, at ranks floor((t + 1/2) L / k). */
    static long[] regular(long[] sorted, int width, int k) {
        int n = sorted.length / width;
        if (n <= k) {
            return sorted;
        }
        long[] out = new long[k * width];
        for (int t = 0; t < k; t++) {
            int rank = (int) (((2L * t + 1) * n) / (2L * k));
            System.arraycopy(sorted, rank * width, out, t * width, width);
        }
        return out;
    }

    /** The key and origin of every record (what samples and splitters carry). */
    static long[] keysOf(long[] records, RecordFormat format) {
        int n = records.length / format.width();
        int cw = format.compareWords();
        long[] keys = new long[n * cw];
        for (int i = 0; i < n; i++) {
            System.arraycopy(records, i * format.width(), keys, i * cw, cw);
        }
        return keys;
    }

    /** Bucket of a record: the number of splitters not above it. */
    static int bucket(long[] records, int offset, long[] splitters, int cw) {
        int lo = 0;
        int hi = splitters.length / cw;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (RecordFormat.compare(splitters, mid * cw, records, offset, cw) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Round 1: the emitters send their records to positions of segment [0, n). */
    static final class FirstRoute implements RoundFunction {
        private final SortPlan plan;
        private final int base;
        private final Emitter emitter;

        FirstRoute(SortPlan plan, int base, Emitter emitter) {
            this.plan = plan;
            this.base = base;
            this.emitter = emitter;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            Emission e = emitter.emit(machine, memory);
            place(e.records(), plan.format().width(), e.first(), new Segment(0, plan.records()),
                    plan, base, machine, memory, outbox);
        }
    }

    /** Gather rounds: leaf samples (h = 1), samples up the segment trees, the halting OR. */
    static final class GatherSamples implements RoundFunction {
        private final SortPlan plan;
        private final int base;
        private final int h;

        GatherSamples(SortPlan plan, int base, int h) {
            this.plan = plan;
            this.base = base;
            this.h = h;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            long rel = machine - base;
            Map<Segment, long[]> recs = records(frames);
            Map<Segment, long[]> leaves = new LinkedHashMap<>();
            RecordFormat format = plan.format();
            for (Map.Entry<Segment, long[]> e : recs.entrySet()) {
                keepRecords(memory, e.getKey(), e.getValue());
                if (h == 1 && e.getKey().size() > plan.perMachine()) {
                    RecordFormat keys = new RecordFormat(format.keyWords(), 0);
                    long[] sortedKeys = keys.sorted(keysOf(e.getValue(), format));
                    leaves.put(e.getKey(), regular(sortedKeys, keys.width(), plan.samples()));
                }
            }
            new TreeReduce(plan.perMachine(), plan.fanIn(), plan.height(),
                    new SampleMerge(format, plan.samples()))
                    .up(h, rel, frames, leaves, memory, outbox, base);
            boolean flag = h == 1 ? !leaves.isEmpty()
                    : !Frames.ofKind(frames, Kind.FLAG).isEmpty();
            if (flag) {
                if (Tree.isNode(rel, h, plan.fanIn())) {
                    Frames.keep(memory, Kind.FLAG, new long[0]);
                } else {
                    Frames.send(outbox, base + (int) Tree.ancestor(rel, h, plan.fanIn()),
                            Kind.FLAG, new long[0]);
                }
            }
        }
    }

    /** Broadcast rounds: the root picks splitters (j = 1), they go down the segment trees. */
    static final class SendSplitters implements RoundFunction {
        private final SortPlan plan;
        private final int base;
        private final int j;

        SendSplitters(SortPlan plan, int base, int j) {
            this.plan = plan;
            this.base = base;
            this.j = j;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            for (Map.Entry<Segment, long[]> e : records(frames).entrySet()) {
                keepRecords(memory, e.getKey(), e.getValue());
            }
            RecordFormat format = plan.format();
            TreeReduce tree = new TreeReduce(plan.perMachine(), plan.fanIn(), plan.height(),
                    new SampleMerge(format, plan.samples()));
            Map<Segment, long[]> roots = new LinkedHashMap<>();
            if (j == 1) {
                for (Map.Entry<Segment, long[]> e : tree.collect(frames).entrySet()) {
                    roots.put(e.getKey(), splitters(e.getValue(), format.compareWords(),
                            plan.buckets()));
                }
            }
            tree.down(j, machine - base, frames, roots, memory, outbox, base);
        }
    }

    /**
     * d - 1 splitters from a sorted sample of L &gt;= 2 elements: ranks floor(t L / d) (with
     * k = 2d + 1 regular samples these are the sample's t/d quantiles), never rank 0,
     * without repeats (so the smallest record of the segment never starts a bucket of its own).
     */
    static long[] splitters(long[] sample, int cw, int d) {
        int n = sample.length / cw;
        List<Integer> ranks = new ArrayList<>();
        for (int t = 1; t < d; t++) {
            int rank = (int) Math.min(n - 1, Math.max(1, ((long) t * n) / d));
            if (n >= 2 && (ranks.isEmpty() || ranks.get(ranks.size() - 1) < rank)) {
                ranks.add(rank);
            }
        }
        long[] out = new long[ranks.size() * cw];
        for (int i = 0; i < ranks.size(); i++) {
            System.arraycopy(sample, ranks.get(i) * cw, out, i * cw, cw);
        }
        return out;
    }

    private static ScanTree countTree(SortPlan plan) {
        return new ScanTree(plan.perMachine(), plan.fanIn(), plan.height(), plan.buckets(),
                new VectorSum(plan.buckets()));
    }

    /** Sum of count vectors. */
    static final class VectorSum implements ScanTree.Operation {
        private final int width;

        VectorSum(int width) {
            this.width = width;
        }

        @Override
        public long[] identity() {
            return new long[width];
        }

        @Override
        public long[] combine(long[] left, long[] right) {
            long[] out = new long[width];
            for (int i = 0; i < width; i++) {
                out[i] = left[i] + right[i];
            }
            return out;
        }
    }

    /** Keeps records and splitters; returns the splitters per segment. */
    private static Map<Segment, long[]> keepRecordsAndSplitters(List<Frame> frames,
            LocalMemory memory) {
        for (Map.Entry<Segment, long[]> e : records(frames).entrySet()) {
            keepRecords(memory, e.getKey(), e.getValue());
        }
        Map<Segment, long[]> splitters = TreeReduce.broadcastValues(frames);
        for (Map.Entry<Segment, long[]> e : splitters.entrySet()) {
            Frames.keep(memory, Kind.BCAST, TreeReduce.withSegment(e.getKey(), e.getValue()));
        }
        return splitters;
    }

    /** Count rounds, up: per-machine bucket counts (h = 1) climb the segment trees. */
    static final class CountUp implements RoundFunction {
        private final SortPlan plan;
        private final int base;
        private final int h;

        CountUp(SortPlan plan, int base, int h) {
            this.plan = plan;
            this.base = base;
            this.h = h;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            Map<Segment, long[]> splitters = keepRecordsAndSplitters(frames, memory);
            Map<Segment, long[]> leaves = new LinkedHashMap<>();
            if (h == 1) {
                Map<Segment, long[]> recs = records(frames);
                RecordFormat format = plan.format();
                for (Map.Entry<Segment, long[]> e : splitters.entrySet()) {
                    long[] counts = new long[plan.buckets()];
                    long[] r = recs.get(e.getKey());
                    for (int i = 0; i < r.length / format.width(); i++) {
                        counts[bucket(r, i * format.width(), e.getValue(),
                                format.compareWords())]++;
                    }
                    leaves.put(e.getKey(), counts);
                }
            }
            countTree(plan).up(h, machine - base, frames, leaves, memory, outbox, base);
        }
    }

    /** Count rounds, down: every machine learns its offsets and the bucket totals. */
    static final class CountDown implements RoundFunction {
        private final SortPlan plan;
        private final int base;
        private final int j;

        CountDown(SortPlan plan, int base, int j) {
            this.plan = plan;
            this.base = base;
            this.j = j;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            keepRecordsAndSplitters(frames, memory);
            countTree(plan).down(j, machine - base, frames, memory, outbox, base);
        }
    }

    /** The routing round of a level: every record of a large segment to its bucket position. */
    static final class Route implements RoundFunction {
        private final SortPlan plan;
        private final int base;

        Route(SortPlan plan, int base) {
            this.plan = plan;
            this.base = base;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            Map<Segment, long[]> splitters = TreeReduce.broadcastValues(frames);
            ScanTree counts = countTree(plan);
            Map<Segment, long[][]> prefix = new LinkedHashMap<>();
            for (Frame f : Frames.ofKind(frames, Kind.SCAN_DOWN)) {
                prefix.put(Segment.of(f), counts.result(f));
            }
            RecordFormat format = plan.format();
            int w = format.width();
            for (Map.Entry<Segment, long[]> e : records(frames).entrySet()) {
                Segment seg = e.getKey();
                long[] recs = e.getValue();
                long[][] pt = prefix.get(seg);
                if (pt == null) {
                    keepRecords(memory, seg, recs);
                    continue;
                }
                long[] split = splitters.get(seg);
                int d = plan.buckets();
                List<List<long[]>> byBucket = new ArrayList<>();
                for (int b = 0; b < d; b++) {
                    byBucket.add(new ArrayList<>());
                }
                for (int i = 0; i < recs.length / w; i++) {
                    int b = bucket(recs, i * w, split, format.compareWords());
                    byBucket.get(b).add(Arrays.copyOfRange(recs, i * w, (i + 1) * w));
                }
                long start = seg.lo();
                for (int b = 0; b < d; b++) {
                    Segment target = new Segment(start, start + pt[1][b]);
                    long first = start + pt[0][b];
                    place(concat(byBucket.get(b)), w, first, target, plan, base, machine, memory,
                            outbox);
                    start += pt[1][b];
                }
            }
        }
    }

    /** Fix-up, round 1: the part of a small segment begun on the previous machine goes there. */
    static final class FixSend implements RoundFunction {
        private final SortPlan plan;
        private final int base;

        FixSend(SortPlan plan, int base) {
            this.plan = plan;
            this.base = base;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            long rel = machine - base;
            for (Map.Entry<Segment, long[]> e : records(Frames.parse(memory)).entrySet()) {
                Segment seg = e.getKey();
                if (seg.lo() < rel * plan.perMachine()) {
                    Frames.send(outbox, machine - 1, Kind.FIX,
                            TreeReduce.withSegment(seg, e.getValue()));
                } else {
                    keepRecords(memory, seg, e.getValue());
                }
            }
        }
    }

    /** Fix-up, round 2: the first machine sorts the straddling segment and returns its tail. */
    static final class FixReturn implements RoundFunction {
        private final SortPlan plan;
        private final int base;

        FixReturn(SortPlan plan, int base) {
            this.plan = plan;
            this.base = base;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            Map<Segment, long[]> recs = records(frames);
            Map<Segment, long[]> straddling = new LinkedHashMap<>();
            for (Frame f : Frames.ofKind(frames, Kind.FIX)) {
                straddling.put(Segment.of(f), Arrays.copyOfRange(f.data(), 2, f.data().length));
            }
            long rel = machine - base;
            RecordFormat format = plan.format();
            int w = format.width();
            for (Map.Entry<Segment, long[]> e : recs.entrySet()) {
                Segment seg = e.getKey();
                long[] tail = straddling.get(seg);
                if (tail == null) {
                    keepRecords(memory, seg, e.getValue());
                    continue;
                }
                long[] all = format.sorted(concat(List.of(e.getValue(), tail)));
                int n = all.length / w;
                int cut = (int) Math.min(n, (rel + 1) * plan.perMachine() - seg.lo());
                keepRecords(memory, seg, Arrays.copyOfRange(all, 0, cut * w));
                if (cut < n) {
                    Frames.send(outbox, machine + 1, Kind.REC,
                            TreeReduce.withSegment(seg, Arrays.copyOfRange(all, cut * w, n * w)));
                }
            }
        }
    }
}
