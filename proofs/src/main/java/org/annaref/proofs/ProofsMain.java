package org.annaref.proofs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line entry for the proofs: {@code ProofsMain [--root DIR] [--only TEXT]... [--all]
 * [--list] [--report FILE] [--steps N] [--timeout SECONDS] [--semantics ignoringOF|checkingOF]}.
 *
 * <p>By default it runs the whole check ({@link ProofSession#verify}: lists complete, required
 * contracts proven, dependencies sound) and prints the report, also written to FILE with
 * {@code --report}; {@code --only} restricts to required ids containing TEXT (no list checks),
 * {@code --all} attempts every contract, {@code --list} prints the contract ids KeY found. Exit
 * status 1 when something fails.
 */
public final class ProofsMain {
    private ProofsMain() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        ProofSession session = new ProofSession(options.root, options.semantics, options.steps,
                options.timeoutSeconds * 1000L);
        if (!options.list && !options.all && options.only.isEmpty()) {
            ProofVerdict verdict = session.verify(System.out);
            String report = ProofReport.markdown(verdict);
            System.out.println();
            System.out.print(report);
            if (options.report != null) {
                writeReport(options.report, report);
            }
            System.exit(verdict.passed() ? 0 : 1);
        }
        try (KeyProver prover = session.load()) {
            if (options.list) {
                for (ContractId id : prover.contracts().keySet()) {
                    System.out.println(id);
                }
                return;
            }
            List<ContractId> targets = new ArrayList<>();
            ContractLists lists = session.lists();
            for (ContractId id : options.all ? prover.contracts().keySet()
                    : lists.required().keySet()) {
                if (options.only.isEmpty() || options.only.stream().anyMatch(
                        t -> id.toString().contains(t))) {
                    targets.add(id);
                }
            }
            List<ProofResult> results = session.prove(prover, targets, lists, System.out);
            System.out.println();
            System.out.print(ProofReport.table(results));
            if (results.stream().anyMatch(r -> !r.closed())) {
                System.exit(1);
            }
        }
    }

    private static void writeReport(Path file, String report) {
        try {
            java.nio.file.Files.writeString(file, report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("writing " + file, e);
        }
        System.out.println("report written to " + file);
    }

    /** Parsed command-line options. */
    private static final class Options {
        Path root = Path.of(".");
        List<String> only = new ArrayList<>();
        boolean all;
        boolean list;
        int steps = ProofSession.DEFAULT_STEPS;
        int timeoutSeconds = ProofSession.DEFAULT_TIMEOUT_SECONDS;
        String semantics = KeyProver.IGNORING_OVERFLOW;
        Path report;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> o.root = Path.of(args[++i]);
                    case "--only" -> o.only.add(args[++i]);
                    case "--all" -> o.all = true;
                    case "--list" -> o.list = true;
                    case "--report" -> o.report = Path.of(args[++i]);
                    case "--steps" -> o.steps = Integer.parseInt(args[++i]);
                    case "--timeout" -> o.timeoutSeconds = Integer.parseInt(args[++i]);
                    case "--semantics" -> o.semantics = "checkingOF".equals(args[++i])
                            ? KeyProver.CHECKING_OVERFLOW : KeyProver.IGNORING_OVERFLOW;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return o;
        }
    }
}
