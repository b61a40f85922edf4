package org.annaref.mpc;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.MpcSimulator;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.RoundFunction;
import org.annaref.reference.mpc.Words;

/**
 * The segmented prefix sum of the EMA and ANNA layers over a sorted region. Records are
 * (group key, tag, origin | value): an even tag marks a key record carrying a value, an odd tag
 * a query record (its value words are padding). EMA and ANNA use tags 0 and 1: sorting by
 * (group key, tag, origin) puts each run of equal group keys as its key records, by origin, then
 * its query records; so at a query record, the running sum and count of its run's key records
 * are the run's totals. The hop protocols interleave them (tag 2p for the key record of
 * position p, 2i - 1 for the query of token i) and use {@link #LAST}: a query record then gets
 * the value of the last key record before it in its run (the count tells whether there is one).
 *
 * <p>Across machines the running totals come from a {@link ScanTree} (2H rounds) whose value is a
 * run summary: (empty, first group key, last group key, count and value sum of the key records of
 * the last run). Combining A then B: the last run of B, plus A's last run when B is one run with
 * A's last key. Within a machine the sum starts from +0.0 (or the carried prefix) and adds values
 * in sorted order, the reference's order; sums carried across machines add in tree order.
 */
final class RunSums {
    /** What happens to a query record once its run's totals are known. */
    interface QueryHandler {
        void query(long[] records, int offset, long count, long[] value, LocalMemory memory,
                Outbox outbox);
    }

    /** Values are doubles, added. */
    static final int SUM = 0;
    /** Values are raw words; the later key record's value replaces the earlier one's. */
    static final int LAST = 1;

    private final SortPlan sort;
    private final int mode;
    private final int groupWords;
    private final int valueWords;
    private final int fanIn;
    private final int height;

    RunSums(SortPlan sort, int groupWords, int valueWords) {
        this(sort, groupWords, valueWords, SUM);
    }

    RunSums(SortPlan sort, int groupWords, int valueWords, int mode) {
        this.sort = sort;
        this.mode = mode;
        this.groupWords = groupWords;
        this.valueWords = valueWords;
        int width = summaryWidth();
        long free = sort.memory() - (long) sort.perMachine() * (sort.format().width() + 3);
        int best = 2;
        for (int f = 3; f <= 1024; f++) {
            if (ScanTree.nodeWords(f, Tree.height(sort.machines(), f), width) <= free) {
                best = f;
            }
        }
        this.fanIn = best;
        this.height = Tree.height(sort.machines(), best);
    }

    int height() {
        return height;
    }

    int fanIn() {
        return fanIn;
    }

    /** Rounds this takes: up, down, and the round that hands each query its totals. */
    int rounds() {
        return 2 * height + 1;
    }

    private int summaryWidth() {
        return 2 + 2 * groupWords + valueWords;
    }

    private ScanTree tree() {
        return new ScanTree(sort.perMachine(), fanIn, height, summaryWidth(), new Summary());
    }

    /** Runs the sweeps and the hand-out round on the sort region at {@code base}. */
    void run(MpcSimulator simulator, int base, QueryHandler handler) {
        for (int h = 1; h <= height; h++) {
            simulator.round(new RegionOnly(base, new Up(this, base, h)));
        }
        for (int j = 1; j <= height; j++) {
            simulator.round(new RegionOnly(base, new Down(this, base, j)));
        }
        simulator.round(new RegionOnly(base, new HandOut(this, base, handler)));
    }

    private Segment whole() {
        return new Segment(0, sort.records());
    }

    /** The summary of one machine's sorted records. */
    long[] leaf(long[] sorted) {
        int w = sort.format().width();
        int n = sorted.length / w;
        long[] s = new long[summaryWidth()];
        if (n == 0) {
            s[0] = 1;
            return s;
        }
        System.arraycopy(sorted, 0, s, 1, groupWords);
        System.arraycopy(sorted, (n - 1) * w, s, 1 + groupWords, groupWords);
        long count = 0;
        long[] sum = zero();
        for (int i = 0; i < n; i++) {
            if (!sameGroup(sorted, i * w, sorted, (n - 1) * w)) {
                continue;
            }
            if (isKey(sorted, i * w)) {
                count++;
                addValue(sum, sorted, i * w + groupWords + 2);
            }
        }
        s[1 + 2 * groupWords] = count;
        System.arraycopy(sum, 0, s, 2 + 2 * groupWords, valueWords);
        return s;
    }

    /** The empty value: +0.0 in every coordinate (all-zero words in both modes). */
    private long[] zero() {
        return new long[valueWords];
    }

    /** An even tag marks a key record. */
    private boolean isKey(long[] records, int offset) {
        return (records[offset + groupWords] & 1L) == 0;
    }

    /** Folds the value at {@code words[at ..]} into {@code acc} (added, or replacing it). */
    private void addValue(long[] acc, long[] words, int at) {
        for (int t = 0; t < valueWords; t++) {
            acc[t] = mode == LAST ? words[at + t]
                    : Words.ofDouble(Words.toDouble(acc[t]) + Words.toDouble(words[at + t]));
        }
    }

    private boolean sameGroup(long[] a, int ai, long[] b, int bi) {
        return RecordFormat.compare(a, ai, b, bi, groupWords) == 0;
    }

    /** The run summary's combination (see the class comment). */
    final class Summary implements ScanTree.Operation {
        @Override
        public long[] identity() {
            long[] s = new long[summaryWidth()];
            s[0] = 1;
            return s;
        }

        @Override
        public long[] combine(long[] a, long[] b) {
            if (a[0] == 1) {
                return b;
            }
            if (b[0] == 1) {
                return a;
            }
            long[] out = b.clone();
            System.arraycopy(a, 1, out, 1, groupWords);
            boolean oneRun = RecordFormat.compare(b, 1, b, 1 + groupWords, groupWords) == 0;
            boolean joins = RecordFormat.compare(a, 1 + groupWords, b, 1, groupWords) == 0;
            if (oneRun && joins) {
                int c = 1 + 2 * groupWords;
                out[c] = a[c] + b[c];
                long[] acc = java.util.Arrays.copyOfRange(a, c + 1, c + 1 + valueWords);
                if (mode == SUM || b[c] > 0) {
                    addValue(acc, b, c + 1);
                }
                System.arraycopy(acc, 0, out, c + 1, valueWords);
            }
            return out;
        }
    }

    static final class Up implements RoundFunction {
        private final RunSums sums;
        private final int base;
        private final int h;

        Up(RunSums sums, int base, int h) {
            this.sums = sums;
            this.base = base;
            this.h = h;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            keepRecords(frames, memory);
            Map<Segment, long[]> leaves = h == 1
                    ? Map.of(sums.whole(), sums.leaf(SampleSort.sortedRecords(frames,
                            sums.sort.format())))
                    : Map.of();
            sums.tree().up(h, machine - base, frames, leaves, memory, outbox, base);
        }
    }

    static final class Down implements RoundFunction {
        private final RunSums sums;
        private final int base;
        private final int j;

        Down(RunSums sums, int base, int j) {
            this.sums = sums;
            this.base = base;
            this.j = j;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            keepRecords(frames, memory);
            sums.tree().down(j, machine - base, frames, memory, outbox, base);
        }
    }

    private static void keepRecords(List<Frame> frames, LocalMemory memory) {
        for (Frame f : Frames.ofKind(frames, Kind.REC)) {
            Frames.keep(memory, f);
        }
    }

    /** Walks the sorted records with the carried prefix; each query record gets its totals. */
    static final class HandOut implements RoundFunction {
        private final RunSums sums;
        private final int base;
        private final QueryHandler handler;

        HandOut(RunSums sums, int base, QueryHandler handler) {
            this.sums = sums;
            this.base = base;
            this.handler = handler;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            long[] sorted = SampleSort.sortedRecords(frames, sums.sort.format());
            long[] prefix = sums.new Summary().identity();
            for (Frame f : Frames.ofKind(frames, Kind.SCAN_DOWN)) {
                prefix = sums.tree().result(f)[0];
            }
            int w = sums.sort.format().width();
            int g = sums.groupWords;
            int c = 1 + 2 * g;
            long count = 0;
            long[] sum = sums.zero();
            if (sorted.length > 0 && prefix[0] == 0
                    && RecordFormat.compare(prefix, 1 + g, sorted, 0, g) == 0) {
                count = prefix[c];
                System.arraycopy(prefix, c + 1, sum, 0, sums.valueWords);
            }
            for (int i = 0; i < sorted.length / w; i++) {
                if (i > 0 && !sums.sameGroup(sorted, i * w, sorted, (i - 1) * w)) {
                    count = 0;
                    Arrays.fill(sum, 0L);
                }
                if (sums.isKey(sorted, i * w)) {
                    count++;
                    sums.addValue(sum, sorted, i * w + g + 2);
                } else {
                    handler.query(sorted, i * w, count, sum.clone(), memory, outbox);
                }
            }
        }
    }
}
