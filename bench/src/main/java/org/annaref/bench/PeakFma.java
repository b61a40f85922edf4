package org.annaref.bench;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.IntStream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * This machine's peak FMA rate, in double and in single precision, measured in the same run as
 * the benchmarks it normalizes: every core runs 12 independent chains of vector fused
 * multiply-adds on registers (enough chains to hide the FMA latency), with no memory traffic.
 * The result, in FMAs per second (one lane = one FMA), is the denominator of "hashing
 * throughput as a fraction of peak": the double peak for the double kernel, the single peak
 * (twice the lanes) for the float kernel.
 */
public final class PeakFma {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private PeakFma() {
    }

    /** FMAs per second over all {@code threads}, best of a few runs of about 0.2 s each. */
    public static double measure(int threads) {
        double best = 0;
        for (int run = 0; run < 4; run++) {
            best = Math.max(best, once(threads, run == 0 ? 2_000_000 : 20_000_000));
        }
        return best;
    }

    private static double once(int threads, long iterations) {
        long start = System.nanoTime();
        work(threads, iterations).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return fmas(threads, iterations) / seconds;
    }

    /** The register-only FMA chains on {@code threads} threads, iterations in all. */
    public static Runnable work(int threads, long iterations) {
        return () -> {
            DoubleAdder sink = new DoubleAdder();
            IntStream.range(0, threads).parallel()
                    .forEach(t -> sink.add(chains(iterations / threads)));
            if (sink.sum() == 42.0) {
                System.out.print("");
            }
        };
    }

    /** FMAs (one per lane) that {@link #work} performs. */
    public static double fmas(int threads, long iterations) {
        return 12.0 * S.length() * (iterations / threads) * threads;
    }

    /** The same chains in single precision (twice the lanes per instruction). */
    public static Runnable workSingle(int threads, long iterations) {
        return () -> {
            DoubleAdder sink = new DoubleAdder();
            IntStream.range(0, threads).parallel()
                    .forEach(t -> sink.add(chainsSingle(iterations / threads)));
            if (sink.sum() == 42.0) {
                System.out.print("");
            }
        };
    }

    /** FMAs (one per lane) that {@link #workSingle} performs. */
    public static double fmasSingle(int threads, long iterations) {
        return 12.0 * F.length() * (iterations / threads) * threads;
    }

    /** {@link #chains} in float. */
    static double chainsSingle(long iterations) {
        FloatVector a = FloatVector.broadcast(F, 0.999f);
        FloatVector b = FloatVector.broadcast(F, 1e-4f);
        FloatVector c0 = FloatVector.broadcast(F, 1.0f);
        FloatVector c1 = c0.add(1e-3f);
        FloatVector c2 = c0.add(2e-3f);
        FloatVector c3 = c0.add(3e-3f);
        FloatVector c4 = c0.add(4e-3f);
        FloatVector c5 = c0.add(5e-3f);
        FloatVector c6 = c0.add(6e-3f);
        FloatVector c7 = c0.add(7e-3f);
        FloatVector c8 = c0.add(8e-3f);
        FloatVector c9 = c0.add(9e-3f);
        FloatVector c10 = c0.add(10e-3f);
        FloatVector c11 = c0.add(11e-3f);
        for (long i = 0; i < iterations; i++) {
            c0 = c0.fma(a, b);
            c1 = c1.fma(a, b);
            c2 = c2.fma(a, b);
            c3 = c3.fma(a, b);
            c4 = c4.fma(a, b);
            c5 = c5.fma(a, b);
            c6 = c6.fma(a, b);
            c7 = c7.fma(a, b);
            c8 = c8.fma(a, b);
            c9 = c9.fma(a, b);
            c10 = c10.fma(a, b);
            c11 = c11.fma(a, b);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9)
                .add(c10).add(c11).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    /** 12 chains acc = acc * a + b, iterations times each; returns a value so nothing is dead. */
    static double chains(long iterations) {
        DoubleVector a = DoubleVector.broadcast(S, 0.999999);
        DoubleVector b = DoubleVector.broadcast(S, 1e-7);
        DoubleVector c0 = DoubleVector.broadcast(S, 1.0);
        DoubleVector c1 = c0.add(1e-3);
        DoubleVector c2 = c0.add(2e-3);
        DoubleVector c3 = c0.add(3e-3);
        DoubleVector c4 = c0.add(4e-3);
        DoubleVector c5 = c0.add(5e-3);
        DoubleVector c6 = c0.add(6e-3);
        DoubleVector c7 = c0.add(7e-3);
        DoubleVector c8 = c0.add(8e-3);
        DoubleVector c9 = c0.add(9e-3);
        DoubleVector c10 = c0.add(10e-3);
        DoubleVector c11 = c0.add(11e-3);
        for (long i = 0; i < iterations; i++) {
            c0 = c0.fma(a, b);
            c1 = c1.fma(a, b);
            c2 = c2.fma(a, b);
            c3 = c3.fma(a, b);
            c4 = c4.fma(a, b);
            c5 = c5.fma(a, b);
            c6 = c6.fma(a, b);
            c7 = c7.fma(a, b);
            c8 = c8.fma(a, b);
            c9 = c9.fma(a, b);
            c10 = c10.fma(a, b);
            c11 = c11.fma(a, b);
        }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9)
                .add(c10).add(c11).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
