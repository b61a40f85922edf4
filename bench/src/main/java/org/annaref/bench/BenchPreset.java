package org.annaref.bench;

/**
 * How much the ratio table measures. QUICK (a few minutes on 2 cores) tunes and times ANNA for
 * N = 2^10 .. 2^16 and exact softmax up to 2^16; FULL goes to 2^17 for both (exact softmax at
 * 2^17 alone takes minutes) and repeats the timed runs longer. TINY exists for the command's
 * own test: every row of the table at toy sizes, in seconds (its numbers mean nothing).
 */
public enum BenchPreset {
    /** A few minutes. */
    QUICK(10, 16, 16, 1.0, 16384, 16384),
    /** Everything the issue names, at N up to 2^17. */
    FULL(10, 17, 17, 3.0, 16384, 16384),
    /** Toy sizes: checks that the table is produced, not what it says. */
    TINY(8, 10, 10, 0.02, 512, 512);

    /** Smallest and largest log2 N of the ANNA sweep; largest log2 N of exact softmax. */
    final int fromLog;
    final int toLog;
    final int softmaxToLog;
    /** Seconds of repeated runs per timed point (the median is reported). */
    final double budget;
    /** N of the twin / reference comparison (the is 16384). */
    final int referenceN;
    /** Points hashed by the throughput and SuperBit rows. */
    final int hashN;

    BenchPreset(int fromLog, int toLog, int softmaxToLog, double budget, int referenceN,
            int hashN) {
        this.fromLog = fromLog;
        this.toLog = toLog;
        this.softmaxToLog = softmaxToLog;
        this.budget = budget;
        this.referenceN = referenceN;
        this.hashN = hashN;
    }

    /** N of the "softmax / ANNA" row: 65536 (the issue's), or the largest size both measure. */
    int comparisonN() {
        return 1 << Math.min(16, Math.min(toLog, softmaxToLog));
    }
}
