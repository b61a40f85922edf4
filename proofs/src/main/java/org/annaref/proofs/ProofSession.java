package org.annaref.proofs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's proof set-up in one place: where the verified sources, the bridge stub and the
 * contract lists live (relative to the repository root), and the step and time budgets.
 *
 * <p>{@link #verify} proves the required contracts under "ignoring overflow" in this JVM and,
 * at the same time, the {@code [overflow-checked]} ones under "checking overflow" in a child
 * JVM ({@link ChildPass}; KeY's settings are static, so not in a thread): the wall time is that
 * of the longer pass. System property {@code annaref.proofs.workers=1} (ProofsMain:
 * {@code --workers 1}) runs both passes in this JVM, one after the other, as before.
 * Each semantics has its own KeY work folder ({@code proofs/target/key},
 * {@code proofs/target/key-checkingOF}), since loading replaces the sources copied there.
 */
public final class ProofSession {
    /** Rule applications allowed per proof. */
    public static final int DEFAULT_STEPS = 100_000;
    /** Wall-clock budget per proof. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;
    /** Processes {@link #verify} uses by default: 2 runs the overflow-checking pass in a child. */
    public static final int DEFAULT_WORKERS = 2;
    /** The system property overriding {@link #DEFAULT_WORKERS}. */
    public static final String WORKERS_PROPERTY = "annaref.proofs.workers";

    private final Path root;
    private final String semantics;
    private final int steps;
    private final long timeoutMillis;

    public ProofSession(Path root, String semantics, int steps, long timeoutMillis) {
        this.root = root.toAbsolutePath().normalize();
        this.semantics = semantics;
        this.steps = steps;
        this.timeoutMillis = timeoutMillis;
    }

    /** The sources KeY must load: spec/ and reference/ main sources. */
    public List<Path> sourceRoots() {
        return List.of(root.resolve("spec/src/main/java"), root.resolve("reference/src/main/java"));
    }

    /** The contract-only stub of the JDK bridge. */
    public Path stubRoot() {
        return root.resolve("proofs/src/main/keystubs");
    }

    /** required.txt and assumed.txt. */
    public ContractLists lists() {
        return ContractLists.read(root.resolve("proofs/contracts"));
    }

    /** Loads the sources into KeY (working files under {@link #workDir}). */
    public KeyProver load() {
        return load(semantics);
    }

    /** Loads the sources with {@code semanticsOverride} instead of this session's semantics. */
    public KeyProver load(String semanticsOverride) {
        return KeyProver.load(sourceRoots(), stubRoot(), workDir(semanticsOverride),
                semanticsOverride, steps);
    }

    /**
     * KeY's work folder for {@code semantics}: one per semantics, so that the two passes of
     * {@link #verify}, in two processes, never replace each other's input.
     */
    public Path workDir(String semantics) {
        return root.resolve(semantics.equals(KeyProver.CHECKING_OVERFLOW)
                ? "proofs/target/key-checkingOF" : "proofs/target/key");
    }

    /** {@link #WORKERS_PROPERTY}, else {@link #DEFAULT_WORKERS}. */
    public static int workersFromProperty() {
        return Integer.getInteger(WORKERS_PROPERTY, DEFAULT_WORKERS);
    }

    /**
     * The whole check: the lists cover every contract KeY finds, exactly once; every required
     * contract closes (and closes again under overflow checking when marked so); and every
     * contract a required proof relies on is itself proven or listed as assumed. With
     * {@link #workersFromProperty} workers (see the class comment).
     */
    public ProofVerdict verify(PrintStream log) {
        return verify(log, workersFromProperty());
    }

    /**
     * {@link #verify(PrintStream)} with {@code workers} processes: 1 proves the two passes one
     * after the other in this JVM; 2 or more runs the overflow-checking pass in a child JVM
     * meanwhile. The results are the same, in the same order (this pass's, then the other's).
     */
    public ProofVerdict verify(PrintStream log, int workers) {
        ContractLists lists = lists();
        List<ProofResult> results = new ArrayList<>();
        List<String> listProblems;
        List<ContractId> overflowChecked = new ArrayList<>();
        Set<ContractId> known;
        for (Map.Entry<ContractId, Set<ProofTag>> e : lists.required().entrySet()) {
            if (e.getValue().contains(ProofTag.OVERFLOW_CHECKED)) {
                overflowChecked.add(e.getKey());
            }
        }
        ChildPass child = null;
        // (A session itself under overflow checking would share the child's work folder.)
        if (workers > 1 && !overflowChecked.isEmpty()
                && !workDir(semantics).equals(workDir(KeyProver.CHECKING_OVERFLOW))) {
            log.println("proving " + overflowChecked.size() + " contracts under overflow"
                    + " checking in a second JVM, alongside this one's pass");
            child = startChild(KeyProver.CHECKING_OVERFLOW, overflowChecked, log);
        }
        try {
            try (KeyProver prover = load()) {
                known = new TreeSet<>(prover.contracts().keySet());
                listProblems = lists.problems(known);
                List<ContractId> targets = new ArrayList<>();
                for (ContractId id : lists.required().keySet()) {
                    if (prover.contracts().containsKey(id)) {
                        targets.add(id);
                    }
                }
                results.addAll(prove(prover, targets, lists, log));
            }
            if (child != null) {
                log.println("waiting for the overflow-checking pass in the second JVM");
                results.addAll(child.results());
            } else if (!overflowChecked.isEmpty()) {
                log.println("proving " + overflowChecked.size() + " contracts again under"
                        + " overflow checking");
                results.addAll(provePass(KeyProver.CHECKING_OVERFLOW, overflowChecked, lists,
                        log));
            }
        } finally {
            if (child != null) {
                child.close();
            }
        }
        return new ProofVerdict(results, listProblems, dependencyProblems(results, lists),
                lists.assumed().size(), known);
    }

    /**
     * Loads the sources with {@code passSemantics} and proves those of {@code targets} KeY
     * knows: the overflow-checking pass, in this JVM or in the child ({@link #proveInWorker}).
     */
    List<ProofResult> provePass(String passSemantics, List<ContractId> targets,
            ContractLists lists, PrintStream log) {
        try (KeyProver prover = load(passSemantics)) {
            List<ContractId> known = new ArrayList<>(targets);
            known.removeIf(id -> !prover.contracts().containsKey(id));
            return prove(prover, known, lists, log);
        }
    }

    /**
     * The child's side of {@link #verify}: proves the ids listed in {@code targetsFile} under
     * this session's semantics and writes the results to {@code resultsFile}.
     */
    public void proveInWorker(Path targetsFile, Path resultsFile, PrintStream log) {
        List<ContractId> targets = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(targetsFile)) {
                targets.add(ContractId.parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + targetsFile, e);
        }
        ResultsFile.write(resultsFile, provePass(semantics, targets, lists(), log));
    }

    /** Starts {@link #proveInWorker} for {@code targets} in a child JVM with this class path. */
    private ChildPass startChild(String passSemantics, List<ContractId> targets,
            PrintStream log) {
        Path dir = workDir(passSemantics);
        Path targetsFile = dir.resolve("targets.txt");
        Path resultsFile = dir.resolve("results.txt");
        try {
            Files.createDirectories(dir);
            Files.write(targetsFile, targets.stream().map(ContractId::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + targetsFile, e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx6g", "-Xss8m",
                "-cp", System.getProperty("java.class.path"), ProofsMain.class.getName(),
                "--root", root.toString(),
                "--semantics", passSemantics.equals(KeyProver.CHECKING_OVERFLOW)
                        ? "checkingOF" : "ignoringOF",
                "--steps", String.valueOf(steps), "--timeout-millis", String.valueOf(timeoutMillis),
                "--targets", targetsFile.toString(), "--worker-results", resultsFile.toString());
        String prefix = "[" + ProofReport.semanticsName(passSemantics) + "] ";
        return ChildPass.start(command, resultsFile, prefix, log);
    }

    /** Required proofs relying on a contract that is neither proven (closed) nor assumed. */
    static List<String> dependencyProblems(List<ProofResult> results, ContractLists lists) {
        Set<ContractId> proven = new TreeSet<>();
        for (ProofResult r : results) {
            if (r.closed()) {
                proven.add(r.contract());
            }
        }
        List<String> problems = new ArrayList<>();
        for (ProofResult r : results) {
            for (ContractId used : r.uses()) {
                if (!used.isLibrary() && !proven.contains(used)
                        && !lists.assumed().containsKey(used)) {
                    problems.add(r.contract() + " (" + r.semantics() + ") relies on " + used
                            + ", which is neither proven nor listed in assumed.txt");
                }
            }
        }
        return problems;
    }

    /**
     * Proves {@code targets} one by one (each with the strategy its required.txt tags ask for),
     * printing a line per proof to {@code log}.
     */
    public List<ProofResult> prove(KeyProver prover, List<ContractId> targets,
            ContractLists lists, PrintStream log) {
        List<ProofResult> results = new ArrayList<>();
        int done = 0;
        for (ContractId id : targets) {
            ProofResult r = prover.prove(id, timeoutMillis, lists.tags(id),
                    lists.instantiations(id), lists.script(id));
            results.add(r);
            done++;
            log.printf(Locale.ROOT, "[%d/%d] %s %s (%d nodes, %.1f s)%n", done, targets.size(),
                    r.closed() ? "proven" : "OPEN  ", id, r.nodes(), r.millis() / 1000.0);
        }
        return results;
    }
}
