package org.annaref.proofs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** Proves {@code targets} one by one, printing a line per proof to {@code log}. */
    public List<ProofResult> prove(KeyProver prover, List<ContractId> targets, PrintStream log) {
        List<ProofResult> results = new ArrayList<>();
        int done = 0;
        for (ContractId id : targets) {
            ProofResult r = prover.prove(id, timeoutMillis);
            results.add(r);
            done++;
            log.printf(Locale.ROOT, "[%d/%d] %s %s (%d nodes, %.1f s)%n", done, targets.size(),
                    r.closed() ? "proven" : "OPEN  ", id, r.nodes(), r.millis() / 1000.0);
        }
        return results;
    }
}
