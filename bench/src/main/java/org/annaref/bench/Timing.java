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
}
