package org.annaref.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import info.debatty.java.lsh.SuperBit;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TheoremParameters;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.attention.AttentionMask;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.annaref.twin.Lanes;
import org.annaref.twin.Parallel;
import org.annaref.twin.TwinAnna;
import org.annaref.twin.TwinHashes;
import org.annaref.twin.TwinRun;
import org.annaref.twin.TwinSampler;
import org.annaref.twin.TwinSoftmax;

/**
 * The measurements behind {@code annaref bench}: every ratio of issue 7 measured in one run on
 * this machine (so machine speed and load cancel out of each ratio as far as they can).
 *
 * <p>Instance: {@link PlantedAtScale} with m = m_v = 64, r = 0.25, c = 3 (unit vectors, one
 * planted key at distance in [r/2, r] per query, all other pairs near sqrt 2 apart, far beyond
 * c r = 0.75), n = N queries; hyperplane LSH. Times are medians of repeated runs after a
 * warm-up; ANNA is timed without implied weights (the quality is measured by a separate table
 * scan of the same tables, {@link QualitySweep}).
 */
public final class BenchSuite {
    static final int M = 64;
    static final double R = 0.25;
    static final double C = 3.0;
    static final double TARGET_QUALITY = 0.99;
    static final long SEED = 20261124L;

    private final BenchPreset preset;
    private final Consumer<String> progress;
    private final BenchReport report = new BenchReport();

    public BenchSuite(BenchPreset preset, Consumer<String> progress) {
        this.preset = preset;
        this.progress = progress;
    }

    /** Runs every measurement. */
    public BenchReport run() {
        report.detail(String.format(Locale.ROOT, "machine: %d cores, twin threads %d, vectors %s,"
                + " load average at start %s", Runtime.getRuntime().availableProcessors(),
                Parallel.threads(), Lanes.describe(), loadAverage()));
        warmUp();
        progress.accept("peak FMA rate");
        double peak = PeakFma.measure(Parallel.threads());
        report.detail(String.format(Locale.ROOT, "peak FMA rate (12 register chains per core,"
                + " best of 4 at the start): %.2f GFMA/s", peak / 1e9));
        referenceSpeedup();
        hashingThroughput();
        superBit();
        qualityAndScaling();
        report.detail("load average at end " + loadAverage());
        return report;
    }

    private void warmUp() {
        progress.accept("warm-up");
        PlantedAtScale small = PlantedAtScale.generate(2048, M, M, R, C, 1);
        TwinAnna anna = TwinAnna.sample(new HyperplaneFamily(), M, new TableParams(8, 16, 1));
        TwinSoftmax softmax = TwinSoftmax.standard();
        for (int i = 0; i < 5; i++) {
            anna.attend(small.q(), small.k(), small.v());
            softmax.attend(small.q(), small.k(), small.v());
        }
        QualitySweep.leastTables(small, 16, 0.5, 8, 1);
    }

    /** Twin / reference ANNA at N = 16384 (the preset's N), m = 64, l = 16, z = 8. */
    private void referenceSpeedup() {
        int n = preset.referenceN;
        progress.accept("twin / reference ANNA at N = " + n);
        PlantedAtScale x = PlantedAtScale.generate(n, M, M, R, C, 2);
        TableParams params = new TableParams(16, 8, SEED);
        HashTables tables = HashTables.sample(new HyperplaneFamily(), M, params);
        AnnaAlgorithm2 reference = new AnnaAlgorithm2(tables);
        TwinAnna twin = new TwinAnna(tables);
        int warm = Math.min(n, 1024);
        reference.attend(small(x.q(), warm), small(x.k(), warm), small(x.v(), warm));
        double[] r = Timing.pairedRatio(() -> reference.attend(x.q(), x.k(), x.v()),
                () -> twin.attend(x.q(), x.k(), x.v()), 5, preset.budget / 5, 20);
        report.add("twin / reference ANNA, N=" + n + " m=64 l=16 z=8", ratio(r[0]), ">= 30x",
                r[0] >= 30, String.format(Locale.ROOT, "reference %.3f s (1 thread), twin %.4f s"
                        + " (%d threads); median of 5 back-to-back pairs", r[1], r[2],
                        Parallel.threads()));
    }

    /**
     * Hyperplane hashing of 16384 points by 256 functions, against the peak FMA rate: the
     * double kernel against the double peak, and the kernel ANNA uses (most projections in
     * float, the undecided ones again in double) against the single-precision peak, the
     * arithmetic it mostly runs on. The target is checked on both.
     */
    private void hashingThroughput() {
        progress.accept("hashing throughput");
        int n = preset.hashN;
        PlantedAtScale x = PlantedAtScale.generate(n, M, M, R, C, 3);
        TwinHashes hashes = TwinSampler.sample(new HyperplaneFamily(), M,
                new TableParams(32, 8, SEED));
        TwinHashes.Prepared points = new TwinHashes.Prepared(x.q());
        int threads = Parallel.threads();
        long iterations = 4_000_000L;
        double fmas = (double) n * 256 * M;
        double[] d = Timing.pairedRatio(PeakFma.work(threads, iterations),
                () -> hashes.compactKeys(points, 0, 32, false), 5, preset.budget / 5, 100);
        double dFraction = d[0] * fmas / PeakFma.fmas(threads, iterations);
        report.add("hashing throughput / peak FMA rate, double kernel",
                String.format(Locale.ROOT, "%.0f%%", 100 * dFraction), ">= 50%",
                dFraction >= 0.5,
                String.format(Locale.ROOT, "%.2f GFMA/s (every projection in double) vs %.2f"
                        + " GFMA/s double peak", fmas / d[2] / 1e9,
                        PeakFma.fmas(threads, iterations) / d[1] / 1e9));
        double[] f = Timing.pairedRatio(PeakFma.workSingle(threads, iterations),
                () -> hashes.compactKeys(points, 0, 32, true), 5, preset.budget / 5, 100);
        double fFraction = f[0] * fmas / PeakFma.fmasSingle(threads, iterations);
        report.add("hashing throughput / peak FMA rate, kernel ANNA uses",
                String.format(Locale.ROOT, "%.0f%%", 100 * fFraction), ">= 50%",
                fFraction >= 0.5, String.format(Locale.ROOT, "%.2f G multiply-adds/s (N=" + n
                        + ", 256 functions, m=64, sign and pack included, input copy not; float"
                        + " projections, double where float cannot decide) vs %.2f GFMA/s"
                        + " single-precision peak; %.0f%% of the double peak", fmas / f[2] / 1e9,
                        PeakFma.fmasSingle(threads, iterations) / f[1] / 1e9,
                        100 * fmas / f[2] / (PeakFma.fmas(threads, iterations) / d[1])));
    }

    /** Signatures per second at 128 bits: the twin's 16 x 8 hyperplanes vs java-lsh SuperBit. */
    private void superBit() {
        progress.accept("java-lsh SuperBit at equal bits");
        int n = preset.hashN;
        PlantedAtScale x = PlantedAtScale.generate(n, M, M, R, C, 4);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = x.q().row(i);
        }
        // 2 super-bits of depth 64 = 128 bits, as the twin's l z = 16 x 8 sign bits.
        SuperBit peer = new SuperBit(M, M, 2, SEED);
        TwinHashes hashes = TwinSampler.sample(new HyperplaneFamily(), M,
                new TableParams(16, 8, SEED));
        Runnable peerRun = () -> Parallel.forRange(n, 256, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (peer.signature(rows[i]).length != 128) {
                    throw new IllegalStateException("SuperBit gave another number of bits");
                }
            }
        });
        peerRun.run();
        TwinHashes.Prepared points = new TwinHashes.Prepared(x.q());
        double[] r = Timing.pairedRatio(peerRun, () -> hashes.compactKeys(points, 0, 16), 3,
                preset.budget / 3, 20);
        double peerSeconds = r[1];
        double twinSeconds = r[2];
        report.add("twin / java-lsh SuperBit signing, 128 bits", ratio(r[0]),
                ">= 10x", r[0] >= 10, String.format(Locale.ROOT,
                        "%.2f M signatures/s vs %.2f M/s (info.debatty:java-lsh:0.12, both on"
                        + " all cores)", n / twinSeconds / 1e6, n / peerSeconds / 1e6));
    }

    /** Quality-tuned ANNA against exact softmax over N, the scaling fit, the theorem's (z, l). */
    private void qualityAndScaling() {
        List<double[]> anna = new ArrayList<>();
        List<double[]> exact = new ArrayList<>();
        double stray = 0;
        long[] memory = null;
        int lastLog = Math.max(preset.toLog, preset.softmaxToLog);
        for (int log = preset.fromLog; log <= lastLog; log++) {
            int n = 1 << log;
            PlantedAtScale x = PlantedAtScale.generate(n, M, M, R, C, SEED + log);
            double annaSeconds = Double.NaN;
            QualitySweep.Choice choice = null;
            if (log <= preset.toLog) {
                progress.accept("N = " + n + ": quality sweep");
                choice = QualitySweep.choose(x, TARGET_QUALITY, 400, SEED + 100 + log);
                TwinAnna twin = TwinAnna.sample(new HyperplaneFamily(), M,
                        new TableParams(choice.l(), choice.z(), choice.seed()));
                annaSeconds = Timing.median(() -> twin.attend(x.q(), x.k(), x.v()),
                        preset.budget, 20);
                anna.add(new double[] {n, annaSeconds, choice.z(), choice.l()});
                stray = Math.max(stray, PlantedAtScale.strayNearBound(n, M, R));
                if (log == preset.toLog) {
                    memory = memory(twin, x);
                }
            }
            double softmaxSeconds = Double.NaN;
            if (log <= preset.softmaxToLog) {
                progress.accept("N = " + n + ": exact softmax");
                TwinSoftmax softmax = new TwinSoftmax(1.0, false, AttentionMask.none());
                softmaxSeconds = Timing.median(() -> softmax.attend(x.q(), x.k(), x.v()),
                        preset.budget, 10);
                exact.add(new double[] {n, softmaxSeconds});
            }
            if (choice != null) {
                double[] theorem = theoremZl(n);
                double factor = theorem[0] * theorem[1] / choice.cost();
                report.size(new BenchReport.SizeRow(n, choice.z(), choice.l(), choice.quality(),
                        annaSeconds, softmaxSeconds, theorem[0], theorem[1],
                        annaSeconds * factor));
            }
        }
        int compared = preset.comparisonN();
        double[] annaAt = find(anna, compared);
        double[] exactAt = find(exact, compared);
        if (annaAt != null && exactAt != null) {
            double r = exactAt[1] / annaAt[1];
            report.add("exact softmax / ANNA at N=" + compared + " (>= 99% rows valid)", ratio(r),
                    ">= 10x", r >= 10, String.format(Locale.ROOT, "softmax %.3f s, ANNA %.4f s"
                            + " (tuned z=%d, l=%d)", exactAt[1], annaAt[1], (int) annaAt[2],
                            (int) annaAt[3]));
        }
        report.add("crossover N (ANNA faster from)", crossover(anna, exact), "-", null,
                "interpolated in log-log between measured sizes");
        int fitFrom = Math.min(4096, 1 << Math.max(preset.fromLog, preset.toLog - 2));
        double slope = slope(anna, fitFrom);
        report.add("scaling exponent of tuned ANNA, N=" + fitFrom + ".." + (1 << preset.toLog),
                String.format(Locale.ROOT, "%.2f", slope), "< 1.5", slope < 1.5,
                String.format(Locale.ROOT, "exact softmax fitted over the same N: %.2f (theory"
                        + " 2); (z, l) re-tuned per N", slope(exact, fitFrom)));
        if (memory != null) {
            int n = 1 << preset.toLog;
            report.add("twin ANNA heap beyond inputs/outputs, N=" + n, memory[0] / n
                    + " B/token", "-", null, String.format(Locale.ROOT, "the twin's own"
                            + " accounting of its peak working set; measured: at most %d B/token"
                            + " allocated in all during the run", memory[1] / n));
        }
        report.detail(String.format(Locale.ROOT, "bound on the probability that a key other than"
                + " the planted one lies within r of a query (largest N): %.3g", stray));
    }

    /**
     * Theorem A.1's {z, l} for N keys at (r, c) = (0.25, 3), m = 64: the reference's chooser, or
     * its formulas unbounded where the chooser refuses (over 2^24 functions).
     */
    static double[] theoremZl(int n) {
        HyperplaneFamily family = new HyperplaneFamily();
        double p1 = family.collisionProbabilityAtDistance(R, M);
        double p2 = family.collisionProbabilityAtDistance(C * R, M);
        try {
            TheoremParameters t = TheoremParameters.choose(n, C, p1, p2);
            return new double[] {t.hashesPerTable(), t.tables()};
        } catch (IllegalArgumentException e) {
            double rho = Math.log(1 / p1) / Math.log(1 / p2);
            double z = Math.ceil((Math.log(10) + 3 * Math.log(n)) / -Math.log(p2));
            double lnPhi = Math.log(0.1) - (1 - 3 * rho) * Math.log(n);
            double l = Math.ceil((2 * Math.log(n) - lnPhi) / -Math.log1p(-Math.pow(p1, z)));
            return new double[] {z, l};
        }
    }

    /** {twin's own peak accounting, bytes allocated by all threads during the run}. */
    private static long[] memory(TwinAnna twin, PlantedAtScale x) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = allocated(threads);
        TwinRun run = twin.run(x.q(), x.k(), x.v(), false);
        long after = allocated(threads);
        long outputs = 2L * 8 * run.output().rows() * run.output().cols();
        return new long[] {run.workingBytes(), Math.max(0, after - before - outputs)};
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long b = threads.getThreadAllocatedBytes(id);
            sum += Math.max(0, b);
        }
        return sum;
    }

    private static double[] find(List<double[]> points, int n) {
        for (double[] p : points) {
            if (p[0] == n) {
                return p;
            }
        }
        return null;
    }

    /** Least-squares slope of log t against log N over points with N >= from. */
    static double slope(List<double[]> points, int from) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int count = 0;
        for (double[] p : points) {
            if (p[0] >= from) {
                double x = Math.log(p[0]);
                double y = Math.log(p[1]);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                count++;
            }
        }
        return count < 2 ? Double.NaN : (count * sxy - sx * sy) / (count * sxx - sx * sx);
    }

    /** The N where ANNA's and softmax's times cross (log-log interpolation), as text. */
    static String crossover(List<double[]> anna, List<double[]> exact) {
        double previousN = 0;
        double previousGap = 0;
        for (double[] a : anna) {
            double[] e = find(exact, (int) a[0]);
            if (e == null) {
                continue;
            }
            double gap = Math.log(a[1] / e[1]);
            if (gap <= 0) {
                if (previousN == 0) {
                    return String.format(Locale.ROOT, "<= %d", (int) a[0]);
                }
                double f = previousGap / (previousGap - gap);
                double logN = Math.log(previousN) + f * (Math.log(a[0]) - Math.log(previousN));
                return String.format(Locale.ROOT, "about %d", Math.round(Math.exp(logN)));
            }
            previousN = a[0];
            previousGap = gap;
        }
        return "beyond the largest N measured";
    }

    private static Matrix small(Matrix x, int rows) {
        return new Matrix(x.name(), rows, x.cols(), java.util.Arrays.copyOf(x.toArray(),
                rows * x.cols()));
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.1fx", r);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim()
                    .split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
