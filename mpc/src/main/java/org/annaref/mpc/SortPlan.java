package org.annaref.mpc;

/**
 * The sizes of one {@link SampleSort} run, all derived from s, the record format and the number
 * of records n before the protocol starts (constants every machine knows).
 *
 * <ul>
 * <li>C = floor(s / (2 (w + 3))) records per machine at rest: half the memory, each record
 * counted with the 3 words of a frame header and segment bounds it may need;</li>
 * <li>P = ceil(n / C) machines hold the records (positions x on machine x / C);</li>
 * <li>fan-in F = d (buckets per split) and k = 2d + 1 samples per tree node (odd, so that
 * the splitters of d = 2 fall on the sample's median): the largest d &gt;= 2 whose
 * tree traffic fits in the other half of the memory for the two large segments a machine can
 * belong to (see {@link #controlWords});</li>
 * <li>H = ceil(log_F P), the height of every tree.</li>
 * </ul>
 * When even d = 2 does not fit, the plan still uses d = 2: the run then stops with the
 * simulator's limit violation rather than sort with less memory than the model gives.
 */
public record SortPlan(int memory, RecordFormat format, long records, int perMachine,
        int fanIn, int samples, int height, long machines) {

    /** The plan for n records of {@code format} with s words per machine. */
    public static SortPlan of(int memory, RecordFormat format, long records) {
        if (records < 1) {
            throw new IllegalArgumentException("a sort needs >= 1 record, got " + records);
        }
        int w = format.width();
        int perMachine = (int) Math.max(1, memory / (2L * (w + 3)));
        long machines = (records + perMachine - 1) / perMachine;
        long control = memory - (long) perMachine * (w + 3);
        int best = 2;
        for (int d = 3; d <= 1024; d++) {
            if (controlWords(format, d, Tree.height(machines, d)) <= control) {
                best = d;
            }
        }
        return new SortPlan(memory, format, records, perMachine, best, 2 * best + 1,
                Tree.height(machines, best), machines);
    }

    /**
     * Words of tree traffic one machine may hold or send at once with d buckets: for each of two
     * segments, the most of (the samples of itself and F children, plus halting flags), (the
     * splitters and the scan state of the count phase), (the splitters sent to F - 1 children).
     */
    static long controlWords(RecordFormat format, int d, int height) {
        long kw = format.compareWords();
        long k = 2L * d + 1;
        long gather = (d + 1L) * (k * kw + 3) + d + (d - 1) * kw + 3;
        long splitters = (d - 1) * kw + 3;
        long count = splitters + ScanTree.nodeWords(d, height, d);
        long sent = (d - 1L) * splitters;
        return 2 * Math.max(gather, Math.max(count, sent));
    }

    /** Buckets per split (d = F). */
    public int buckets() {
        return fanIn;
    }

    /**
     * Rounds of a run with {@code levels} splitting levels: 1 (first routing) + levels (4H + 1)
     * (gather samples, broadcast splitters, count up, count down, route) + H (the gather that
     * finds no large bucket left) + 2 (fix-up of buckets straddling two machines).
     */
    public long rounds(int levels) {
        return 3L + height + (long) levels * (4L * height + 1);
    }
}
