package org.annaref.proofs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's proof set-up in one place: where the verified sources, the bridge stub and the
 * contract lists live (relative to the repository root), and the step and time budgets.
 *
 * <p>{@link #verify} proves each required contract once, under the strongest semantics
 * required.txt lists it for: those tagged {@code [overflow-checked]} under "checking overflow"
 * only (such a proof implies the one ignoring overflow: the code provably stays in range, where
 * the two semantics agree, and JML's arithmetic is mathematical in both), the others under
 * "ignoring overflow". This JVM loads the sources under overflow checking and proves the
 * latter through a view with the other semantics ({@link KeyProver#under}) while a child JVM
 * ({@link ChildPass}; KeY's settings are static, so not in a thread) starts on the
 * overflow-checked ones; then this JVM takes its share of those that are left
 * ({@link ClaimBoard}). System property {@code annaref.proofs.workers=1} (ProofsMain:
 * {@code --workers 1}) proves everything in this JVM. Each loading has its own KeY work folder
 * ({@code proofs/target/key-checkingOF} for the child, {@code proofs/target/key-checkingOF-main};
 * {@code proofs/target/key} for a single semantics, {@link #load()}), since loading replaces
 * the sources copied there.
 */
public final class ProofSession {
    /** Rule applications allowed per proof. */
    public static final int DEFAULT_STEPS = 100_000;
    /** Wall-clock budget per proof. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;
    /** Processes {@link #verify} uses by default: 2 runs the overflow-checking pass in a child. */
    public static final int DEFAULT_WORKERS = 2;
    /**
     * The second JVM's options, as proofs/pom.xml gives the test JVM: KeY needs a few GB of heap
     * and a deep stack; with the parallel collector its proof search ran 10-25% faster than with
     * G1 (five proofs of 36 766 nodes, run alone, twice each: 60-70 s against 78-89 s).
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx6g", "-Xss8m", "-XX:+UseParallelGC");
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
        return load(semanticsOverride, workDir(semanticsOverride));
    }

    /** Loads the sources with {@code loadSemantics}, KeY's working files in {@code workDir}. */
    private KeyProver load(String loadSemantics, Path workDir) {
        return KeyProver.load(sourceRoots(), stubRoot(), workDir, loadSemantics, steps);
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
     * contract closes (under overflow checking when marked so); and every contract a required
     * proof relies on is itself proven or listed as assumed. With {@link #workersFromProperty}
     * workers (see the class comment).
     */
    public ProofVerdict verify(PrintStream log) {
        return verify(log, workersFromProperty());
    }

    /**
     * {@link #verify(PrintStream)} with {@code workers} processes: 1 proves everything in this
     * JVM; 2 or more shares the overflow-checked contracts with a child JVM. The results are the
     * same, in the order of required.txt.
     */
    public ProofVerdict verify(PrintStream log, int workers) {
        ContractLists lists = lists();
        List<ContractId> plain = new ArrayList<>();
        List<ContractId> overflowChecked = new ArrayList<>();
        for (Map.Entry<ContractId, Set<ProofTag>> e : lists.required().entrySet()) {
            (e.getValue().contains(ProofTag.OVERFLOW_CHECKED) ? overflowChecked : plain)
                    .add(e.getKey());
        }
        List<ProofResult> results = new ArrayList<>();
        List<String> listProblems;
        Set<ContractId> known;
        ClaimBoard board = ClaimBoard.fresh(root.resolve("proofs/target/proof-claims"));
        ChildPass child = null;
        if (workers > 1 && !overflowChecked.isEmpty()) {
            log.println("proving " + overflowChecked.size() + " contracts under overflow"
                    + " checking, shared with a second JVM, which starts on them now");
            child = startChild(overflowChecked, board, log);
        }
        try {
            // One loading for both semantics: the contracts proven ignoring overflow use a
            // view with that choice (KeyProver.under) instead of a loading of their own.
            try (KeyProver checking = load(KeyProver.CHECKING_OVERFLOW,
                    root.resolve("proofs/target/key-checkingOF-main"));
                    KeyProver ignoring = checking.under(KeyProver.IGNORING_OVERFLOW)) {
                known = new TreeSet<>(checking.contracts().keySet());
                listProblems = new ArrayList<>(lists.problems(known));
                results.addAll(prove(ignoring, plain, lists, log, null));
                if (!overflowChecked.isEmpty()) {
                    log.println("this JVM now takes its share of the " + overflowChecked.size()
                            + " contracts under overflow checking");
                    results.addAll(proveKnown(checking, overflowChecked, lists, log, board));
                }
            }
            if (child != null) {
                log.println("waiting for the second JVM's last proofs");
                results.addAll(child.results());
            }
        } finally {
            if (child != null) {
                child.close();
            }
        }
        List<ProofResult> ordered = inListOrder(results, lists, known, listProblems);
        return new ProofVerdict(ordered, listProblems, dependencyProblems(ordered, lists),
                lists.assumed().size(), known);
    }

    /**
     * {@code results} in the order of required.txt; a required contract KeY knows with no result,
     * or with two, is a problem added to {@code problems} (the two processes lost or doubled a
     * claim: the check must not pass on fewer proofs than it lists).
     */
    static List<ProofResult> inListOrder(List<ProofResult> results, ContractLists lists,
            Set<ContractId> known, List<String> problems) {
        Map<ContractId, List<ProofResult>> byId = new HashMap<>();
        for (ProofResult r : results) {
            byId.computeIfAbsent(r.contract(), k -> new ArrayList<>()).add(r);
        }
        List<ProofResult> ordered = new ArrayList<>();
        for (ContractId id : lists.required().keySet()) {
            List<ProofResult> mine = byId.getOrDefault(id, List.of());
            if (mine.size() != 1 && known.contains(id)) {
                problems.add(id + " has " + mine.size() + " proof results, not 1");
            }
            ordered.addAll(mine);
        }
        return ordered;
    }

    /**
     * Loads the sources with {@code passSemantics} into {@code workDir} and proves those of
     * {@code targets} KeY knows and this process claims on {@code board} (all, when it is null):
     * this JVM's share of the overflow-checked contracts, or the child's ({@link #proveInWorker}).
     */
    List<ProofResult> provePass(String passSemantics, Path workDir, List<ContractId> targets,
            ContractLists lists, PrintStream log, ClaimBoard board) {
        try (KeyProver prover = load(passSemantics, workDir)) {
            return proveKnown(prover, targets, lists, log, board);
        }
    }

    /** Proves those of {@code targets} the prover knows and this process claims on the board. */
    private List<ProofResult> proveKnown(KeyProver prover, List<ContractId> targets,
            ContractLists lists, PrintStream log, ClaimBoard board) {
        // Both processes load the same sources: they drop the same ids, and their claims
        // refer to the same positions.
        List<ContractId> known = new ArrayList<>(targets);
        known.removeIf(id -> !prover.contracts().containsKey(id));
        return prove(prover, known, lists, log, board);
    }

    /**
     * The child's side of {@link #verify}: proves, under this session's semantics, those of the
     * ids listed in {@code targetsFile} it claims on the board in {@code claimsDir}, and writes
     * the results to {@code resultsFile}.
     */
    public void proveInWorker(Path targetsFile, Path claimsDir, Path resultsFile,
            PrintStream log) {
        List<ContractId> targets = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(targetsFile)) {
                targets.add(ContractId.parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + targetsFile, e);
        }
        ResultsFile.write(resultsFile, provePass(semantics, workDir(semantics), targets,
                lists(), log, ClaimBoard.existing(claimsDir)));
    }

    /**
     * Starts {@link #proveInWorker} under overflow checking for {@code targets} in a child JVM
     * with this class path.
     */
    private ChildPass startChild(List<ContractId> targets, ClaimBoard board, PrintStream log) {
        Path dir = workDir(KeyProver.CHECKING_OVERFLOW);
        Path targetsFile = dir.resolve("targets.txt");
        Path resultsFile = dir.resolve("results.txt");
        try {
            Files.createDirectories(dir);
            Files.write(targetsFile, targets.stream().map(ContractId::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + targetsFile, e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ProofsMain.class.getName(), "--root", root.toString(), "--semantics", "checkingOF",
                "--steps", String.valueOf(steps), "--timeout-millis", String.valueOf(timeoutMillis),
                "--targets", targetsFile.toString(), "--claims", board.dir().toString(),
                "--worker-results", resultsFile.toString()));
        return ChildPass.start(command, resultsFile, "[second JVM, checking overflow] ", log);
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
        return prove(prover, targets, lists, log, null);
    }

    /**
     * {@link #prove(KeyProver, List, ContractLists, PrintStream)}, skipping the positions of
     * {@code targets} another process claimed first on {@code board} (none, when it is null).
     */
    List<ProofResult> prove(KeyProver prover, List<ContractId> targets, ContractLists lists,
            PrintStream log, ClaimBoard board) {
        List<ProofResult> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            ContractId id = targets.get(i);
            if (board != null && !board.claim(i)) {
                continue;
            }
            ProofResult r = prover.prove(id, timeoutMillis, lists.tags(id),
                    lists.instantiations(id), lists.script(id));
            results.add(r);
            log.printf(Locale.ROOT, "[%d/%d] %s %s (%d nodes, %.1f s)%n", i + 1, targets.size(),
                    r.closed() ? "proven" : "OPEN  ", id, r.nodes(), r.millis() / 1000.0);
        }
        return results;
    }
}
