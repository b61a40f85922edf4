package org.annaref.proofs;

import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.io.ProblemLoaderException;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.PathConfig;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.settings.StrategySettings;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;
import de.uka.ilkd.key.util.KeYTypeUtil;
import de.uka.ilkd.key.util.MiscTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * KeY 2.12.3 over the project's verified sources: loads spec/ and reference/ (copied into one
 * folder, since KeY proves what it loads from one location) with the bridge stub on the class
 * path, and proves contracts one at a time in automatic mode.
 *
 * <p>Hermetic: KeY's configuration folder is redirected into {@code workDir} before any KeY
 * settings class is touched, and every choice and strategy option the proofs depend on is set
 * here, so nothing in {@code ~/.key} (or a previous run) changes a result.
 */
public final class KeyProver implements AutoCloseable {
    /** KeY's default integer semantics: Java int/long ops as mathematical integers. */
    public static final String IGNORING_OVERFLOW = "arithmeticSemanticsIgnoringOF";
    /** Integer ops proven free of overflow. */
    public static final String CHECKING_OVERFLOW = "arithmeticSemanticsCheckingOF";

    private final KeYEnvironment<?> env;
    private final String semantics;
    private final int maxSteps;
    private final Map<ContractId, Contract> contracts;

    private KeyProver(KeYEnvironment<?> env, String semantics, int maxSteps) {
        this.env = env;
        this.semantics = semantics;
        this.maxSteps = maxSteps;
        this.contracts = collectContracts(env);
    }

    /**
     * Loads {@code sourceRoots} (merged into {@code workDir/src}) with {@code stubRoot} on the
     * class path. Throws {@link KeyLoadException} with KeY's message (file:line:column) when a
     * source or a JML annotation does not parse or type-check.
     */
    public static KeyProver load(List<Path> sourceRoots, Path stubRoot, Path workDir,
            String semantics, int maxSteps) {
        Path home = workDir.resolve("key-home");
        Path merged = workDir.resolve("src");
        try {
            Files.createDirectories(home);
            deleteRecursively(merged);
            for (Path root : sourceRoots) {
                copyTree(root, merged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("preparing KeY's input in " + workDir, e);
        }
        System.setProperty(PathConfig.DISREGARD_SETTINGS_PROPERTY, "true");
        PathConfig.setKeyConfigDir(home.toString());
        ChoiceSettings choices = ProofSettings.DEFAULT_SETTINGS.getChoiceSettings();
        Map<String, String> defaults = new HashMap<>(choices.getDefaultChoices());
        defaults.putAll(MiscTools.getDefaultTacletOptions());
        defaults.put("intRules", "intRules:" + semantics);
        choices.setDefaultChoices(defaults);
        try {
            KeYEnvironment<?> env = KeYEnvironment.load(merged.toFile(),
                    List.of(stubRoot.toFile()), null, null);
            return new KeyProver(env, semantics, maxSteps);
        } catch (ProblemLoaderException e) {
            throw new KeyLoadException("KeY could not load " + sourceRoots + ": "
                    + e.getMessage(), e);
        }
    }

    /** Every contract of the loaded (non-library) classes, by id. */
    public Map<ContractId, Contract> contracts() {
        return contracts;
    }

    /** The integer semantics this environment was loaded with. */
    public String semantics() {
        return semantics;
    }

    /** Proves one contract in automatic mode; a proof that does not close is reported open. */
    public ProofResult prove(ContractId id, long timeoutMillis) {
        Contract contract = contracts.get(id);
        if (contract == null) {
            throw new IllegalArgumentException("no such contract: " + id);
        }
        long start = System.nanoTime();
        Proof proof = null;
        try {
            proof = env.createProof(contract.createProofObl(env.getInitConfig(), contract));
            configure(proof, timeoutMillis);
            env.getProofControl().startAndWaitForAutoMode(proof);
            int open = proof.openGoals().size();
            return new ProofResult(id, open == 0, proof.countNodes(), open,
                    (System.nanoTime() - start) / 1_000_000, semantics);
        } catch (Exception e) {
            throw new IllegalStateException("KeY failed on " + id + ": " + e, e);
        } finally {
            if (proof != null) {
                proof.dispose();
            }
        }
    }

    /** The strategy every proof uses (KeY's interactive defaults plus nonlinear arithmetic). */
    private void configure(Proof proof, long timeoutMillis) {
        StrategySettings settings = proof.getSettings().getStrategySettings();
        StrategyProperties sp = settings.getActiveStrategyProperties();
        sp.setProperty(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
        sp.setProperty(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_SCOPE_INV_TACLET);
        sp.setProperty(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
        sp.setProperty(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_ON);
        sp.setProperty(StrategyProperties.QUERYAXIOM_OPTIONS_KEY, StrategyProperties.QUERYAXIOM_ON);
        sp.setProperty(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY,
                StrategyProperties.NON_LIN_ARITH_DEF_OPS);
        sp.setProperty(StrategyProperties.QUANTIFIERS_OPTIONS_KEY,
                StrategyProperties.QUANTIFIERS_NON_SPLITTING_WITH_PROGS);
        sp.setProperty(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_DEFAULT);
        sp.setProperty(StrategyProperties.CLASS_AXIOM_OPTIONS_KEY,
                StrategyProperties.CLASS_AXIOM_FREE);
        settings.setActiveStrategyProperties(sp);
        settings.setMaxSteps(maxSteps);
        settings.setTimeout(timeoutMillis);
        proof.setActiveStrategy(proof.getServices().getProfile().getDefaultStrategyFactory()
                .create(proof, sp));
    }

    private static Map<ContractId, Contract> collectContracts(KeYEnvironment<?> env) {
        Map<ContractId, Contract> found = new TreeMap<>();
        for (KeYJavaType type : env.getJavaInfo().getAllKeYJavaTypes()) {
            if (KeYTypeUtil.isLibraryClass(type)) {
                continue;
            }
            for (IObserverFunction target : env.getSpecificationRepository()
                    .getContractTargets(type)) {
                for (Contract contract : env.getSpecificationRepository()
                        .getContracts(type, target)) {
                    // A contract is listed under its own class only (KeY also lists inherited ones).
                    if (contract.getKJT().equals(type)) {
                        found.put(ContractId.of(contract), contract);
                    }
                }
            }
        }
        return found;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".java")).toList());
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.toList());
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.delete(paths.get(i));
        }
    }

    @Override
    public void close() {
        env.dispose();
    }
}
