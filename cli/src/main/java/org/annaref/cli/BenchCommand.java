package org.annaref.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annaref.bench.BenchPreset;
import org.annaref.bench.BenchReport;
import org.annaref.bench.BenchSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annaref bench}: the ratio table of the twin, measured in one run on this machine.
 * Needs the JVM flag {@code --add-modules jdk.incubator.vector} (the {@code ./annaref} launcher
 * passes it); without it the twin's classes cannot load and the command says so.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the vectorized twin against the reference, against its own"
            + " exact softmax at equal quality (>= 99% of rows satisfy the ANNA contract on a"
            + " planted instance, (z, l) tuned per N), its scaling over N, Theorem A.1's (z, l),"
            + " hashing throughput against this machine's peak FMA rate (measured in the same"
            + " run), java-lsh SuperBit at equal bits, and ANNA's working memory per token."
            + " Prints ratios measured in one run; timing on a busy machine is noisy, so note the"
            + " load average printed with them. Exit 0 always (no target is a test).",
            "",
            "Example:",
            "  annaref bench --preset quick"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", description = "quick (a few minutes: N up to 2^16), full (N up"
            + " to 2^17, longer timings) or tiny (seconds, toy sizes: only shows that the"
            + " command works) (default: ${DEFAULT-VALUE}).")
    private String preset = "quick";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter log = spec.commandLine().getErr();
        BenchPreset chosen = switch (preset) {
            case "quick" -> BenchPreset.QUICK;
            case "full" -> BenchPreset.FULL;
            case "tiny" -> BenchPreset.TINY;
            default -> throw new IllegalArgumentException("--preset must be quick, full or tiny,"
                    + " got '" + preset + "'");
        };
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new IllegalArgumentException("the twin needs the Vector API: run java"
                    + " --add-modules jdk.incubator.vector -jar annaref.jar bench (the ./annaref"
                    + " launcher does this)");
        }
        long start = System.nanoTime();
        BenchReport report = new BenchSuite(chosen, line -> {
            log.printf(Locale.ROOT, "annaref: [%6.1f s] %s%n", (System.nanoTime() - start) / 1e9,
                    line);
            log.flush();
        }).run();
        TextTable table = new TextTable("metric", "measured", "target", "verdict", "note");
        for (BenchReport.Row row : report.rows()) {
            table.add(row.metric(), row.measured(), row.target(), row.verdict(), row.note());
        }
        out.print(table.render());
        out.println();
        out.println("Per N (planted instance, m = 64, r = 0.25, c = 3; (z, l) tuned so that >= 99%"
                + " of rows satisfy the ANNA contract; Theorem A.1's time = tuned time x its l z /"
                + " tuned l z):");
        out.print(sizeTable(report).render());
        out.println();
        report.details().forEach(out::println);
        out.printf(Locale.ROOT, "preset %s, %.0f s%n", preset, (System.nanoTime() - start) / 1e9);
        out.flush();
        return Main.OK;
    }

    private static TextTable sizeTable(BenchReport report) {
        TextTable sizes = new TextTable("N", "tuned z", "tuned l", "rows valid", "ANNA s",
                "softmax s", "A.1 z", "A.1 l", "A.1 l z / tuned", "A.1 implied s");
        for (BenchReport.SizeRow r : report.sizes()) {
            sizes.add(Integer.toString(r.n()), Integer.toString(r.z()), Integer.toString(r.l()),
                    String.format(Locale.ROOT, "%.2f%%", 100 * r.quality()),
                    seconds(r.annaSeconds()), seconds(r.softmaxSeconds()),
                    String.format(Locale.ROOT, "%.0f", r.theoremZ()),
                    String.format(Locale.ROOT, "%.4g", r.theoremL()),
                    String.format(Locale.ROOT, "%.3g", r.theoremZ() * r.theoremL()
                            / ((double) r.z() * r.l())),
                    String.format(Locale.ROOT, "%.3g", r.theoremSeconds()));
        }
        return sizes;
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.4f", s);
    }
}
