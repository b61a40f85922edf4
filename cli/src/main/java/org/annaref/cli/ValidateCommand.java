package org.annaref.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annaref.checks.stats.Preset;
import org.annaref.checks.stats.Validation;
import org.annaref.cli.npy.ArrayFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annaref validate}: every probabilistic claim, tested, with a report and plots. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tests every probabilistic claim of the theory against the reference:"
            + " collision rates against p(d) per family (cross-polytope against an independent"
            + " Monte Carlo), (r, cr, p1, p2)-sensitivity, amplification, independence of tables,"
            + " ANNA's failure rate against the instance bound and Theorem A.1's delta, the weight"
            + " bound, and exactness. Prints the table, writes DIR/report.md, DIR/report.json and"
            + " PNG plots. The suite's false-failure probability per run is at most 1e-4. Exit 0"
            + " when every claim holds, 1 when one is rejected.",
            "",
            "Example:",
            "  annaref validate --preset quick --out validation-report"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", description = "quick (about a minute) or full (about ten times"
            + " the work) (default: ${DEFAULT-VALUE}).")
    private String preset = "quick";

    @Option(names = "--seed", description = "Seed of every experiment (default: the CI seed"
            + " ${DEFAULT-VALUE}).")
    private long seed = Validation.DEFAULT_SEED;

    @Option(names = "--fresh-seeds", description = "Draw a fresh seed (printed) instead.")
    private boolean freshSeeds;

    @Option(names = "--family", description = "Validate only this family (repeatable):"
            + " hyperplane, pstable, bitsample, crosspolytope (default: all).")
    private List<String> families;

    @Option(names = "--out", description = "Folder for the report and plots (default:"
            + " ${DEFAULT-VALUE}).")
    private Path out = Path.of("validation-report");

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter log = spec.commandLine().getErr();
        Preset chosen = switch (preset) {
            case "quick" -> Preset.QUICK;
            case "full" -> Preset.FULL;
            default -> throw new IllegalArgumentException("--preset must be quick or full, got '"
                    + preset + "'");
        };
        List<String> selected = families == null ? Validation.FAMILIES : families;
        long runSeed = freshSeeds ? new SecureRandom().nextLong() : seed;
        Files.createDirectories(out);
        long start = System.nanoTime();
        Validation validation = new Validation(chosen, runSeed, selected, line -> {
            log.printf(Locale.ROOT, "annaref: [%5.1f s] %s%n", (System.nanoTime() - start) / 1e9,
                    line);
            log.flush();
        });
        log.printf("annaref: validate, preset %s, seed %d%n", preset, runSeed);
        Validation.Outcome outcome = validation.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.print(ValidationReport.table(outcome.claims()));
        List<String> plots = ValidationPlots.write(outcome, out);
        ArrayFiles.writeAtomically(out.resolve("report.md"), ValidationReport.markdown(outcome,
                preset, runSeed, seconds, plots).getBytes(StandardCharsets.UTF_8));
        ArrayFiles.writeAtomically(out.resolve("report.json"), ValidationReport.json(outcome,
                preset, runSeed, seconds).getBytes(StandardCharsets.UTF_8));
        stdout.printf(Locale.ROOT, "%n%s in %.1f s (seed %d); report and %d plots in %s%n",
                outcome.allHold() ? "All claims hold" : "Some claims are REJECTED", seconds,
                runSeed, plots.size(), out);
        return outcome.allHold() ? Main.OK : Main.CHECK_FAILED;
    }
}
