package org.annaref.proofs;

import java.io.PrintStream;
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
 */
public final class ProofSession {
    /** Rule applications allowed per proof. */
    public static final int DEFAULT_STEPS = 100_000;
    /** Wall-clock budget per proof. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;

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

    /** Loads the sources into KeY (working files under proofs/target/key). */
    public KeyProver load() {
        return KeyProver.load(sourceRoots(), stubRoot(), root.resolve("proofs/target/key"),
                semantics, steps);
    }

    /** Loads the sources with {@code semanticsOverride} instead of this session's semantics. */
    public KeyProver load(String semanticsOverride) {
        return KeyProver.load(sourceRoots(), stubRoot(), root.resolve("proofs/target/key"),
                semanticsOverride, steps);
    }

    /**
     * The whole check: the lists cover every contract KeY finds, exactly once; every required
     * contract closes (and closes again under overflow checking when marked so); and every
     * contract a required proof relies on is itself proven or listed as assumed.
     */
    public ProofVerdict verify(PrintStream log) {
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
        if (!overflowChecked.isEmpty()) {
            log.println("proving " + overflowChecked.size() + " contracts again under overflow"
                    + " checking");
            try (KeyProver checking = load(KeyProver.CHECKING_OVERFLOW)) {
                overflowChecked.removeIf(id -> !checking.contracts().containsKey(id));
                results.addAll(prove(checking, overflowChecked, lists, log));
            }
        }
        return new ProofVerdict(results, listProblems, dependencyProblems(results, lists),
                lists.assumed().size(), known);
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
            ProofResult r = prover.prove(id, timeoutMillis, lists.tags(id));
            results.add(r);
            done++;
            log.printf(Locale.ROOT, "[%d/%d] %s %s (%d nodes, %.1f s)%n", done, targets.size(),
                    r.closed() ? "proven" : "OPEN  ", id, r.nodes(), r.millis() / 1000.0);
        }
        return results;
    }
}
