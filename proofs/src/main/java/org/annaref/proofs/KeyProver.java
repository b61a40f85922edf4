package org.annaref.proofs;

import de.uka.ilkd.key.control.AbstractUserInterfaceControl;
import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.Position;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.Choice;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.macros.scripts.ProofScriptEngine;
import de.uka.ilkd.key.macros.scripts.ScriptException;
import de.uka.ilkd.key.parser.Location;
import de.uka.ilkd.key.proof.Goal;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.init.InitConfig;
import de.uka.ilkd.key.proof.io.ProblemLoaderException;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.PathConfig;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.settings.StrategySettings;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;
import de.uka.ilkd.key.util.KeYTypeUtil;
import de.uka.ilkd.key.util.MiscTools;

import org.key_project.logic.Name;
import org.key_project.util.collection.DefaultImmutableSet;
import org.key_project.util.collection.ImmutableSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Map<String, ContractId> byName;
    /** The configuration proofs start from: the loaded one, or a copy ({@link #under}). */
    private final InitConfig config;
    /** Whether {@link #close} disposes the environment (not for a view made by {@link #under}). */
    private final boolean ownsEnvironment;

    private KeyProver(KeYEnvironment<?> env, String semantics, int maxSteps) {
        this(env, semantics, maxSteps, env.getInitConfig(), true);
    }

    private KeyProver(KeYEnvironment<?> env, String semantics, int maxSteps, InitConfig config,
            boolean ownsEnvironment) {
        this.env = env;
        this.semantics = semantics;
        this.maxSteps = maxSteps;
        this.config = config;
        this.ownsEnvironment = ownsEnvironment;
        this.contracts = collectContracts(env);
        this.byName = new HashMap<>();
        for (Map.Entry<ContractId, Contract> e : contracts.entrySet()) {
            byName.put(e.getValue().getName(), e.getKey());
        }
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

    /** The integer semantics this prover's proofs use. */
    public String semantics() {
        return semantics;
    }

    /**
     * The same loaded sources, proving under {@code otherSemantics}: a copy of the loaded
     * configuration with that {@code intRules} choice. KeY picks the arithmetic rules per
     * configuration when it creates a proof, and JML's arithmetic is mathematical under both
     * choices, so this proves what a second loading under {@code otherSemantics} would, without
     * its time (about 15 s). Closing the view leaves this prover open.
     */
    public KeyProver under(String otherSemantics) {
        if (otherSemantics.equals(semantics)) {
            return new KeyProver(env, semantics, maxSteps, config, false);
        }
        return new KeyProver(env, otherSemantics, maxSteps,
                withChoice(config, "intRules", "intRules:" + otherSemantics), false);
    }

    /**
     * Proves one contract in automatic mode; a proof that does not close is reported open.
     *
     * <p>First with KeY's default proof splitting ("delayed": no case split while the goal
     * still holds a program). A proof that stays open without having used up its time or step
     * budget is tried once more with splitting on ({@code SPLITTING_NORMAL}): an overflow-check
     * goal of the form {@code lo <= e & e <= hi} next to the rest of the program is otherwise
     * never split, although each half is linear arithmetic. Splitting is not the default because
     * it makes some large proofs several times slower. The result says which attempt closed it.
     * A contract tagged {@link ProofTag#SPLITTING} gets the second attempt only.
     *
     * <p>{@code tags}: the contract's strategy tags from required.txt ({@link ProofTag});
     * {@code instantiations}: its instantiation hints ({@link Instantiation}), applied in each
     * attempt where automatic mode stops with open goals; {@code script}: its proof script
     * ({@link ProofScript}), run instead of the first automatic-mode run, or null.
     */
    public ProofResult prove(ContractId id, long timeoutMillis, Set<ProofTag> tags,
            List<Instantiation> instantiations, ProofScript script) {
        Contract contract = contracts.get(id);
        if (contract == null) {
            throw new IllegalArgumentException("no such contract: " + id);
        }
        if (tags.contains(ProofTag.SPLITTING)) {
            return attempt(id, contract, timeoutMillis, true, tags, instantiations, script);
        }
        ProofResult first = attempt(id, contract, timeoutMillis, false, tags, instantiations,
                script);
        boolean exhausted = first.millis() >= timeoutMillis * 9 / 10 || first.nodes() >= maxSteps;
        if (first.closed() || exhausted) {
            return first;
        }
        ProofResult second = attempt(id, contract, timeoutMillis - first.millis(), true, tags,
                instantiations, script);
        return new ProofResult(id, second.closed(), second.nodes(), second.openGoals(),
                first.millis() + second.millis(), semantics, second.uses(), true,
                second.instantiated(), second.scripted());
    }

    /** {@link #prove(ContractId, long, Set, List, ProofScript)} without hints or script. */
    public ProofResult prove(ContractId id, long timeoutMillis, Set<ProofTag> tags) {
        return prove(id, timeoutMillis, tags, List.of(), null);
    }

    private ProofResult attempt(ContractId id, Contract contract, long timeoutMillis,
            boolean splitting, Set<ProofTag> tags, List<Instantiation> instantiations,
            ProofScript script) {
        long start = System.nanoTime();
        Proof proof = null;
        try {
            InitConfig initial = tags.contains(ProofTag.SEQUENCE_PERMUTATIONS)
                    ? withChoice(config, "moreSeqRules", "moreSeqRules:on")
                    : config;
            proof = env.getUi().createProof(initial, contract.createProofObl(initial, contract));
            configure(proof, timeoutMillis, splitting, tags);
            ProofProfile profile = ProofProfile.attachIfWanted(proof);
            if (script != null) {
                runScript(proof, script);
                long left = timeoutMillis - (System.nanoTime() - start) / 1_000_000;
                proof.getSettings().getStrategySettings().setTimeout(Math.max(left, 1));
            }
            if (!proof.openGoals().isEmpty()) {
                env.getProofControl().startAndWaitForAutoMode(proof);
            }
            boolean instantiated = false;
            long remaining = timeoutMillis - (System.nanoTime() - start) / 1_000_000;
            if (!proof.openGoals().isEmpty() && !instantiations.isEmpty() && remaining > 0) {
                instantiated = instantiate(proof, instantiations);
                proof.getSettings().getStrategySettings().setTimeout(remaining);
                env.getProofControl().startAndWaitForAutoMode(proof);
            }
            int open = proof.openGoals().size();
            if (open > 0) {
                dumpOpenGoals(id, proof);
            }
            if (profile != null) {
                profile.write(id);
            }
            return new ProofResult(id, open == 0, proof.countNodes(), open,
                    (System.nanoTime() - start) / 1_000_000, semantics, usedContracts(proof),
                    splitting, instantiated, script != null);
        } catch (Exception e) {
            throw new IllegalStateException("KeY failed on " + id + ": " + e, e);
        } finally {
            if (proof != null) {
                proof.dispose();
            }
        }
    }

    /**
     * A copy of {@code config} with option {@code choice} of {@code category} activated
     * instead of the loaded one, for one proof (KeY fixes its rule set per configuration).
     */
    private static InitConfig withChoice(InitConfig config, String category, String choice) {
        InitConfig copy = config.deepCopy();
        Choice wanted = copy.choiceNS().lookup(new Name(choice));
        if (wanted == null) {
            throw new IllegalStateException("KeY has no taclet option " + choice);
        }
        ImmutableSet<Choice> chosen = DefaultImmutableSet.nil();
        for (Choice c : copy.getActivatedChoices()) {
            if (!c.category().equals(category)) {
                chosen = chosen.add(c);
            }
        }
        copy.setActivatedChoices(chosen.add(wanted));
        return copy;
    }

    /**
     * Runs {@code script} on the fresh proof, one line (one command) at a time, each on the
     * first open goal: the goal the proof tree shows first, whatever the script engine would
     * select after a split. A command that fails (say, a rule that no longer matches after a
     * change to the contract) ends the script; automatic mode then takes over, and the proof is
     * reported open unless it closes all the same, never wrongly closed.
     */
    private void runScript(Proof proof, ProofScript script)
            throws IOException, InterruptedException {
        List<String> lines = script.commands().lines().toList();
        for (int i = 0; i < lines.size() && !proof.openGoals().isEmpty(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                new ProofScriptEngine(lines.get(i), Location.fromFileName(script.name()
                        + ".script", Position.newOneBased(i + 1, 1)), proof.openGoals().head())
                        .execute((AbstractUserInterfaceControl) env.getUi(), proof);
            } catch (ScriptException failed) {
                System.err.println("proof script " + script.name() + ", line " + (i + 1)
                        + " stopped: " + failed.getMessage());
                return;
            }
        }
    }

    /**
     * Applies the instantiation hints to every open goal (KeY's proof-script command
     * {@code instantiate}); a goal without a formula quantified over the hint's variable is
     * left as it is. Whether any instance was added.
     */
    private boolean instantiate(Proof proof, List<Instantiation> instantiations)
            throws IOException, InterruptedException {
        boolean added = false;
        for (Goal goal : List.copyOf(proof.openGoals().toList())) {
            for (Instantiation hint : instantiations) {
                try {
                    new ProofScriptEngine(hint.scriptCommand(),
                            Location.fromFileName(hint.marker(), Position.newOneBased(1, 1)),
                            goal).execute((AbstractUserInterfaceControl) env.getUi(), proof);
                    added = true;
                } catch (ScriptException noSuchFormula) {
                    // This goal has no formula over the variable: nothing to instantiate.
                }
            }
        }
        return added;
    }

    /**
     * The strategy every proof uses (KeY's interactive defaults, nonlinear arithmetic by the
     * definitions of the operators only),
     * changed where the contract's {@code tags} ask for it.
     */
    private void configure(Proof proof, long timeoutMillis, boolean splitting,
            Set<ProofTag> tags) {
        boolean queriesOff = tags.contains(ProofTag.QUERIES_OFF);
        StrategySettings settings = proof.getSettings().getStrategySettings();
        StrategyProperties sp = settings.getActiveStrategyProperties();
        sp.setProperty(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
        sp.setProperty(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_SCOPE_INV_TACLET);
        sp.setProperty(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
        sp.setProperty(StrategyProperties.QUERY_OPTIONS_KEY, queriesOff
                ? StrategyProperties.QUERY_OFF : StrategyProperties.QUERY_ON);
        sp.setProperty(StrategyProperties.QUERYAXIOM_OPTIONS_KEY, queriesOff
                ? StrategyProperties.QUERYAXIOM_OFF : StrategyProperties.QUERYAXIOM_ON);
        sp.setProperty(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY,
                tags.contains(ProofTag.NONLINEAR_ARITHMETIC)
                        ? StrategyProperties.NON_LIN_ARITH_COMPLETION
                        : StrategyProperties.NON_LIN_ARITH_DEF_OPS);
        sp.setProperty(StrategyProperties.QUANTIFIERS_OPTIONS_KEY,
                tags.contains(ProofTag.NO_SPLIT_QUANTIFIERS)
                        ? StrategyProperties.QUANTIFIERS_NON_SPLITTING
                        : StrategyProperties.QUANTIFIERS_NON_SPLITTING_WITH_PROGS);
        sp.setProperty(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_DEFAULT);
        sp.setProperty(StrategyProperties.SPLITTING_OPTIONS_KEY, splitting
                ? StrategyProperties.SPLITTING_NORMAL : StrategyProperties.SPLITTING_DELAYED);
        sp.setProperty(StrategyProperties.CLASS_AXIOM_OPTIONS_KEY,
                tags.contains(ProofTag.AXIOMS_OFF)
                        ? StrategyProperties.CLASS_AXIOM_OFF : StrategyProperties.CLASS_AXIOM_FREE);
        // Debugging aid: ANNAREF_STRATEGY="KEY=VALUE,..." overrides options (StrategyProperties
        // constant names). E.g. QUANTIFIERS_OPTIONS_KEY=QUANTIFIERS_NON_SPLITTING makes a proof
        // that needs a case split fail fast, leaving the goals that need one (dump them with
        // ANNAREF_DUMP_OPEN), instead of running into the time limit instantiating quantifiers
        // with every array-index term in sight.
        String overrides = System.getenv("ANNAREF_STRATEGY");
        if (overrides != null && !overrides.isEmpty()) {
            for (String pair : overrides.split(",")) {
                String[] kv = pair.split("=", 2);
                try {
                    sp.setProperty((String) StrategyProperties.class.getField(kv[0].strip())
                            .get(null), (String) StrategyProperties.class.getField(kv[1].strip())
                            .get(null));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("ANNAREF_STRATEGY: " + pair, e);
                }
            }
        }
        settings.setActiveStrategyProperties(sp);
        settings.setMaxSteps(maxSteps);
        settings.setTimeout(timeoutMillis);
        proof.setActiveStrategy(proof.getServices().getProfile().getDefaultStrategyFactory()
                .create(proof, sp));
    }

    /**
     * Debugging aid: when the environment variable {@code ANNAREF_DUMP_OPEN} names a folder,
     * the open goals of a proof that does not close are written there (one text file per
     * contract: at most 20 goals with their branch labels, then the most frequent rules), so
     * one can see where the automation got stuck. {@code ANNAREF_DUMP_PATH=1} adds the rule
     * applications leading to the first open goal; {@code ANNAREF_DUMP_LABEL=TEXT} adds the
     * sequents of (up to 6) nodes whose branch label contains TEXT, or {@code #12,40} the
     * nodes with those serial numbers. Without these variables nothing is written.
     */
    private static void dumpOpenGoals(ContractId id, Proof proof) {
        String folder = System.getenv("ANNAREF_DUMP_OPEN");
        if (folder == null || folder.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (de.uka.ilkd.key.proof.Goal goal : proof.openGoals()) {
            if (shown++ == 20) {
                break;
            }
            text.append("==== open goal, node ").append(goal.node().serialNr()).append('\n');
            StringBuilder labels = new StringBuilder();
            for (de.uka.ilkd.key.proof.Node n = goal.node(); n != null; n = n.parent()) {
                String label = n.getNodeInfo().getBranchLabel();
                if (label != null && !label.matches("\\d+ rules?")) {
                    labels.insert(0, " / " + label);
                }
            }
            text.append("branches:").append(labels).append('\n');
            text.append(de.uka.ilkd.key.pp.LogicPrinter.quickPrintSequent(goal.sequent(),
                    proof.getServices())).append("\n\n");
            if (shown == 1 && System.getenv("ANNAREF_DUMP_PATH") != null) {
                java.util.List<String> path = new java.util.ArrayList<>();
                for (de.uka.ilkd.key.proof.Node n = goal.node().parent(); n != null;
                        n = n.parent()) {
                    de.uka.ilkd.key.rule.RuleApp app = n.getAppliedRuleApp();
                    String where = app.posInOccurrence() == null ? ""
                            : " @ " + de.uka.ilkd.key.pp.LogicPrinter.quickPrintTerm(
                                    app.posInOccurrence().subTerm(), proof.getServices())
                                    .replaceAll("\\s+", " ");
                    if (where.length() > 300) {
                        where = where.substring(0, 300) + "...";
                    }
                    path.add(0, n.serialNr() + " " + app.rule().name() + where);
                }
                text.append("path of the first open goal:\n");
                for (String step : path) {
                    text.append("  ").append(step).append('\n');
                }
            }
        }
        Map<String, Integer> ruleCounts = new TreeMap<>();
        java.util.ArrayDeque<de.uka.ilkd.key.proof.Node> todo = new java.util.ArrayDeque<>();
        todo.push(proof.root());
        while (!todo.isEmpty()) {
            de.uka.ilkd.key.proof.Node n = todo.pop();
            if (n.getAppliedRuleApp() != null) {
                ruleCounts.merge(n.getAppliedRuleApp().rule().name().toString(), 1, Integer::sum);
            }
            for (int c = 0; c < n.childrenCount(); c++) {
                todo.push(n.child(c));
            }
        }
        String wanted = System.getenv("ANNAREF_DUMP_LABEL");
        if (wanted != null && !wanted.isEmpty()) {
            int labelled = 0;
            java.util.ArrayDeque<de.uka.ilkd.key.proof.Node> walk = new java.util.ArrayDeque<>();
            walk.push(proof.root());
            while (!walk.isEmpty() && labelled < 6) {
                de.uka.ilkd.key.proof.Node n = walk.pop();
                String label = n.getNodeInfo().getBranchLabel();
                boolean byNumber = wanted.startsWith("#") && java.util.Arrays.asList(
                        wanted.substring(1).split(",")).contains(String.valueOf(n.serialNr()));
                if (byNumber || (!wanted.startsWith("#") && label != null
                        && label.contains(wanted))) {
                    labelled++;
                    text.append("==== node ").append(n.serialNr()).append(" labelled ")
                            .append(label).append('\n').append(de.uka.ilkd.key.pp.LogicPrinter
                                    .quickPrintSequent(n.sequent(), proof.getServices()))
                            .append("\n\n");
                }
                for (int c = n.childrenCount() - 1; c >= 0; c--) {
                    walk.push(n.child(c));
                }
            }
        }
        text.append("==== rule applications (most frequent)\n");
        ruleCounts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(40)
                .forEach(e -> text.append(e.getValue()).append(' ').append(e.getKey())
                        .append('\n'));
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(id.toString().replaceAll("[^A-Za-z0-9.,_-]", "_")
                    + ".txt"), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("writing open goals to " + folder, e);
        }
    }

    /**
     * The contracts the proof applied for called methods, as ids. KeY reports a method whose
     * specification cases it combined under one name joined by '#'; each part is looked up.
     * Contracts of library classes (KeY's model of java.lang, the JDK bridge stub) are not
     * project contracts: they come back as {@link ContractId#library} ids, trusted by design.
     */
    private java.util.Set<ContractId> usedContracts(Proof proof) {
        java.util.Set<ContractId> used = new java.util.TreeSet<>();
        for (Contract c : proof.mgt().getUsedContracts()) {
            for (String part : c.getName().split("#")) {
                ContractId id = byName.get(part);
                used.add(id != null ? id : ContractId.library(part));
            }
        }
        return used;
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
        if (ownsEnvironment) {
            env.dispose();
        }
    }
}
