package org.annaref.proofs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line entry for the proofs: {@code ProofsMain [--root DIR] [--only TEXT]... [--all]
 * [--list] [--report FILE] [--steps N] [--timeout SECONDS] [--semantics ignoringOF|checkingOF]
 * [--workers N]}.
 *
 * <p>By default it runs the whole check ({@link ProofSession#verify}: lists complete, required
 * contracts proven, dependencies sound) and prints the report, also written to FILE with
 * {@code --report}; {@code --workers 1} proves everything in this JVM instead of sharing the
 * overflow-checked contracts with a second JVM (default 2, or system property
 * {@code annaref.proofs.workers}). {@code --only} restricts to required ids
 * containing TEXT (no list checks; with {@code --semantics checkingOF}, to those tagged
 * {@code [overflow-checked]}), {@code --all} attempts every contract, {@code --list}
 * prints the contract ids KeY found. Exit status 1 when something fails.
 *
 * <p>Internal: {@code --targets FILE --claims DIR --worker-results FILE [--timeout-millis MS]}
 * is the child JVM of {@link ProofSession#verify} ({@link ProofSession#proveInWorker}).
 */
public final class ProofsMain {
    private ProofsMain() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        ProofSession session = new ProofSession(options.root, options.semantics, options.steps,
                options.timeoutMillis);
        if (options.workerResults != null) {
            // Should the parent JVM die (killed, not only stopped), stop proving for nobody.
            ProcessHandle.current().parent().ifPresent(
                    parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
            try {
                session.proveInWorker(options.targets, options.claims, options.workerResults,
                        System.out);
            } catch (RuntimeException | Error e) {
                // Exit non-zero for the parent to report, even if KeY left threads running.
                e.printStackTrace();
                System.exit(1);
            }
            System.exit(0);
        }
        if (!options.list && !options.all && options.only.isEmpty()) {
            ProofVerdict verdict = session.verify(System.out, options.workers);
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
            ContractLists lists = session.lists();
            List<ContractId> targets = targets(options.all ? prover.contracts().keySet()
                    : lists.required().keySet(), lists, options.only, options.all,
                    KeyProver.CHECKING_OVERFLOW.equals(options.semantics));
            if (targets.isEmpty()) {
                boolean tagNeeded = !options.all
                        && KeyProver.CHECKING_OVERFLOW.equals(options.semantics);
                System.out.println("no contract to attempt: none "
                        + (options.all ? "" : "required ") + "matches " + options.only
                        + (tagNeeded ? " with the tag [overflow-checked] (--all attempts"
                                + " untagged ones)" : ""));
                System.exit(1);
            }
            List<ProofResult> results = session.prove(prover, targets, lists, System.out);
            System.out.println();
            System.out.print(ProofReport.table(results));
            if (results.stream().anyMatch(r -> !r.closed())) {
                System.exit(1);
            }
        }
    }

    /**
     * The contracts to attempt among {@code candidates}: those whose id contains one of the
     * {@code only} texts (all when none is given). Under overflow checking without
     * {@code --all}, only the required contracts tagged {@code [overflow-checked]}, as in the
     * full check: the others are not expected to close under those semantics.
     */
    static List<ContractId> targets(java.util.Collection<ContractId> candidates,
            ContractLists lists, List<String> only, boolean all, boolean checkingOverflow) {
        List<ContractId> targets = new ArrayList<>();
        for (ContractId id : candidates) {
            boolean wanted = only.isEmpty() || only.stream().anyMatch(
                    t -> id.toString().contains(t));
            boolean expected = all || !checkingOverflow
                    || lists.tags(id).contains(ProofTag.OVERFLOW_CHECKED);
            if (wanted && expected) {
                targets.add(id);
            }
        }
        return targets;
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
        long timeoutMillis = ProofSession.DEFAULT_TIMEOUT_SECONDS * 1000L;
        String semantics = KeyProver.IGNORING_OVERFLOW;
        Path report;
        int workers = ProofSession.workersFromProperty();
        Path targets;
        Path claims;
        Path workerResults;

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
                    case "--timeout" -> o.timeoutMillis = Integer.parseInt(args[++i]) * 1000L;
                    case "--timeout-millis" -> o.timeoutMillis = Long.parseLong(args[++i]);
                    case "--workers" -> o.workers = Integer.parseInt(args[++i]);
                    case "--targets" -> o.targets = Path.of(args[++i]);
                    case "--claims" -> o.claims = Path.of(args[++i]);
                    case "--worker-results" -> o.workerResults = Path.of(args[++i]);
                    case "--semantics" -> o.semantics = "checkingOF".equals(args[++i])
                            ? KeyProver.CHECKING_OVERFLOW : KeyProver.IGNORING_OVERFLOW;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if ((o.targets == null) != (o.workerResults == null)
                    || (o.claims == null) != (o.workerResults == null)) {
                throw new IllegalArgumentException("--targets, --claims and --worker-results go"
                        + " together");
            }
            return o;
        }
    }
}
