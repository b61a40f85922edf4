package org.annaref.bench;

import java.util.Arrays;

/**
 * Wall-clock timing for the ratio table (JMH is for the plain benchmarks; the ratio table needs
 * many sizes in one run). A call is repeated until about {@code budget} seconds have passed (at
 * least once, at most {@code maxReps} times) and the median is reported; callers warm the code
 * up on a small input first, so a long single run is not dominated by compilation.
 */
public final class Timing {
    private Timing() {
    }

    /** Median seconds of repeated runs of {@code work}. */
    public static double median(Runnable work, double budget, int maxReps) {
        double[] times = new double[maxReps];
        int reps = 0;
        double spent = 0;
        while (reps < maxReps && (reps == 0 || spent < budget)) {
            long start = System.nanoTime();
            work.run();
            times[reps] = (System.nanoTime() - start) / 1e9;
            spent += times[reps];
            reps++;
        }
        double[] done = Arrays.copyOf(times, reps);
        Arrays.sort(done);
        return reps % 2 == 1 ? done[reps / 2] : 0.5 * (done[reps / 2 - 1] + done[reps / 2]);
    }

    /**
     * {median of t_a / t_b, median t_a, median t_b} over {@code rounds} rounds, each timing
     * {@code a} and then {@code b} back to back (each a {@link #median} within {@code budget}).
     * On a shared machine the load drifts during a run; pairing puts both sides of each ratio
     * under about the same load, and the median over rounds drops the rounds where it changed.
     */
    public static double[] pairedRatio(Runnable a, Runnable b, int rounds, double budget,
            int maxReps) {
        double[] ratios = new double[rounds];
        double[] as = new double[rounds];
        double[] bs = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            as[k] = median(a, budget, maxReps);
            bs[k] = median(b, budget, maxReps);
            ratios[k] = as[k] / bs[k];
        }
        return new double[] {middle(ratios), middle(as), middle(bs)};
    }

    private static double middle(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
