package org.annaref.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annaref.checks.AnnaContractChecker;
import org.annaref.checks.Bits;
import org.annaref.checks.ContractReport;
import org.annaref.checks.FailureBound;
import org.annaref.checks.PlantedInstance;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TheoremParameters;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.anna.AnnaRun;
import org.annaref.reference.attention.AttentionMask;
import org.annaref.reference.attention.NeighbourOracle;
import org.annaref.reference.attention.SoftmaxAttention;
import org.annaref.reference.attention.UnitRows;
import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.reference.lsh.IdentityFamily;
import org.annaref.spec.EmaContract;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code annaref demo}: a planted-neighbour instance, ANNA (both algorithms), EMA and softmax on
 * it, and the contract verdicts. Exit 1 only when a deterministic check fails (Algorithm 1 and 2
 * differ, EMA differs from its definition, the weight bound breaks, or a row violates the ANNA
 * contract although no far key collided and no near key was missed).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generates a planted-neighbour input (unit vectors: each query has near keys"
            + " within r, one of them an exact copy; all other keys beyond c r), runs ANNA"
            + " (Algorithms 1 and 2), EMA and softmax attention, and prints the contract verdicts.",
            "",
            "(z, l) default to the cheapest pair whose failure bound on this very input (MATH.md"
            + " section 2, each pair's own collision probability) is at most --target-failure;"
            + " Theorem A.1's (z, l) are printed for comparison.",
            "",
            "Example:",
            "  annaref demo --keys 4096 --queries 512 --dim 64 --seed 7"},
        sortOptions = false)
final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FamilyOptions familyOptions;

    @Option(names = "--keys", description = "Number of keys N (default: ${DEFAULT-VALUE}).")
    private int keys = 2048;

    @Option(names = "--queries", description = "Number of queries (default: ${DEFAULT-VALUE}).")
    private int queries = 256;

    @Option(names = "--dim", description = "Embedding width m (default: ${DEFAULT-VALUE}).")
    private int dim = 64;

    @Option(names = "--near", description = "Near keys per query (default: ${DEFAULT-VALUE}).")
    private int near = 4;

    @Option(names = "--r", description = "Near radius r (default: ${DEFAULT-VALUE}).")
    private double r = 0.25;

    @Option(names = "--c", description = "Approximation factor c (default: ${DEFAULT-VALUE}).")
    private double c = 3.0;

    @Option(names = "--tables", description = "Hash tables l (default: tuned, see above).")
    private Integer tables;

    @Option(names = "--hashes-per-table", description = "Hashes per table z (default: tuned).")
    private Integer hashesPerTable;

    @Option(names = "--target-failure", description = "Failure bound the tuned (z, l) must meet"
            + " (default: ${DEFAULT-VALUE}).")
    private double targetFailure = 0.01;

    @Option(names = "--beta", description = "Softmax temperature on unit vectors"
            + " (default: ${DEFAULT-VALUE}).")
    private double beta = 60.0;

    @Option(names = "--seed", description = "Seed of the instance and the hash functions"
            + " (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LshFamily family = familyOptions.family();
        PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(keys, queries,
                dim, 8, r, c, near, 0, true), seed);
        out.printf(Locale.ROOT, "annaref demo: planted-neighbour instance, %d keys, %d queries,"
                + " m=%d, r=%s, c=%s (cr=%s), %d near keys per query (one an exact copy),"
                + " nothing in (r, cr], seed %d%n", keys, queries, dim, r, c, c * r, near, seed);

        int[] zl = chooseParameters(family, instance, out);
        TableParams params = new TableParams(zl[1], zl[0], seed);
        HashTables hashes = HashTables.sample(family, dim, params);
        AnnaRun one = new AnnaAlgorithm1(hashes).run(instance.q(), instance.k(), instance.v(), true);
        AnnaRun two = new AnnaAlgorithm2(hashes).run(instance.q(), instance.k(), instance.v(), true);

        AnnaContractChecker checker = new AnnaContractChecker(instance.q(), instance.k(),
                instance.params());
        ContractReport contract = checker.checkExactWeights(one.weights(), params.tables());
        ContractReport bound = checker.checkWeightBound(one.weights(), params.tables());
        int farCollisions = checker.farCollisions(one.weights());
        int nearMisses = nearMisses(instance, one.weights());
        boolean identical = Bits.identical(one.output(), two.output());
        int emaValid = emaRowsMatchingDefinition(instance);
        boolean emaIsAnna = emaEqualsIdentityAnna(instance);
        Matrix softmaxWeights = softmaxWeights(instance);
        int softmaxConsistent = softmaxRowsMatchingWeights(instance, softmaxWeights);
        ContractReport softmax = checker.checkRealWeights(softmaxWeights, 1, 0.0, 1e-9);

        String family1 = family.name() + ", l=" + params.tables() + ", z=" + params.hashesPerTable();
        TextTable table = new TextTable("mechanism", "check", "rows", "verdict");
        table.add("ANNA, Algorithm 1 (" + family1 + ")", "ANNA row contract, exact weights c/C",
                contract.validRows() + "/" + queries, contract.allValid() ? "valid"
                        : (queries - contract.validRows()) + " rows violate");
        table.add("ANNA, Algorithm 1", "weight bound (every run)", bound.validRows() + "/" + queries,
                bound.allValid() ? "holds" : "BROKEN");
        table.add("ANNA, Algorithm 2 (linear memory)", "equals Algorithm 1 bit for bit",
                queries + "/" + queries, identical ? "identical" : "DIFFERENT");
        table.add("EMA", "equals its definition bit for bit", emaValid + "/" + queries,
                emaValid == queries ? "valid" : "WRONG");
        table.add("ANNA, identity family, l=z=1", "equals EMA bit for bit", queries + "/" + queries,
                emaIsAnna ? "identical" : "DIFFERENT");
        table.add("softmax (beta=" + beta + ", unit q, k)", "streaming output = sum_j w_ij v_j"
                + " (rel. 1e-12)", softmaxConsistent + "/" + queries,
                softmaxConsistent == queries ? "valid" : "WRONG");
        table.add("softmax, read as an ANNA output", "row contract with l=1, tolerance 1e-9",
                softmax.validRows() + "/" + queries, softmax.allValid() ? "valid"
                        : (queries - softmax.validRows()) + " rows violate (informative)");
        out.println();
        out.print(table.render());
        out.println();
        out.printf(Locale.ROOT, "LSH run: %d queries met a key beyond cr, %d queries missed a"
                + " key within r (the failure events of Theorem A.1).%n", farCollisions,
                nearMisses);
        if (!contract.allValid()) {
            out.println("First ANNA violation: " + contract.violations().get(0).describe());
        }
        if (!softmax.allValid()) {
            out.println("Softmax is exact attention, not ANNA: its weights need not reach tau on"
                    + " every near key. First: " + softmax.violations().get(0).describe());
        }
        boolean explained = contract.violations().size() <= farCollisions + nearMisses;
        boolean ok = identical && emaValid == queries && emaIsAnna && bound.allValid() && explained
                && softmaxConsistent == queries;
        out.println(ok ? "All deterministic checks hold." : "A deterministic check FAILED.");
        return ok ? Main.OK : Main.CHECK_FAILED;
    }

    /** {z, l}: given on the command line, or the cheapest meeting the failure target. */
    private int[] chooseParameters(LshFamily family, PlantedInstance instance, PrintWriter out) {
        try {
            TheoremParameters theorem = TheoremParameters.forFamily(family, instance.params(),
                    keys, dim);
            out.printf(Locale.ROOT, "Theorem A.1 would ask z=%d, l=%d (%d hash functions)%n",
                    theorem.hashesPerTable(), theorem.tables(),
                    (long) theorem.hashesPerTable() * theorem.tables());
        } catch (IllegalArgumentException e) {
            out.println("Theorem A.1 parameters: not applicable (" + e.getMessage() + ")");
        }
        if (tables != null || hashesPerTable != null) {
            if (tables == null || hashesPerTable == null) {
                throw new IllegalArgumentException("give both --tables and --hashes-per-table,"
                        + " or neither");
            }
            out.printf(Locale.ROOT, "using z=%d, l=%d as given%n", hashesPerTable, tables);
            return new int[] {hashesPerTable, tables};
        }
        FailureBound failure = FailureBound.of(family, instance.q(), instance.k(),
                instance.params());
        int[] best = failure.cheapest(targetFailure, FailureBound.MAX_Z, 1 << 16);
        if (best == null) {
            throw new IllegalArgumentException("no z <= " + FailureBound.MAX_Z + " and l <= 65536"
                    + " reach a failure bound of " + targetFailure + " on this input; raise"
                    + " --target-failure or set --tables and --hashes-per-table");
        }
        out.printf(Locale.ROOT, "using z=%d, l=%d: the cheapest pair with failure bound %.3g <= %s"
                + " on this input%n", best[0], best[1], failure.bound(best[0], best[1]),
                targetFailure);
        return best;
    }

    private static int nearMisses(PlantedInstance instance, SparseWeights weights) {
        NeighbourOracle oracle = NeighbourOracle.build(instance.q(), instance.k(),
                instance.params());
        int misses = 0;
        for (int i = 0; i < instance.q().rows(); i++) {
            for (int j : oracle.near(i)) {
                if (weights.count(i, j) == 0) {
                    misses++;
                    break;
                }
            }
        }
        return misses;
    }

    private static int emaRowsMatchingDefinition(PlantedInstance instance) {
        Matrix ema = new ExactMatchAttention().attend(instance.q(), instance.k(), instance.v());
        int valid = 0;
        for (int i = 0; i < ema.rows(); i++) {
            double[] expected = EmaContract.expectedRow(instance.q(), i, instance.k(), instance.v());
            valid += EmaContract.checkRow(i, ema.row(i), expected, 0.0).isValid() ? 1 : 0;
        }
        return valid;
    }

    private boolean emaEqualsIdentityAnna(PlantedInstance instance) {
        HashTables identity = HashTables.sample(new IdentityFamily(), dim, new TableParams(1, 1, 0));
        Matrix anna = new AnnaAlgorithm1(identity).attend(instance.q(), instance.k(), instance.v());
        Matrix ema = new ExactMatchAttention().attend(instance.q(), instance.k(), instance.v());
        return Bits.identical(anna, ema);
    }

    /** Softmax's weights w_ij = e^{beta <q_i, k_j>} / sum, on unit rows, as an n x N matrix. */
    private Matrix softmaxWeights(PlantedInstance instance) {
        Matrix q = UnitRows.of(instance.q());
        Matrix k = UnitRows.of(instance.k());
        double[] weights = new double[q.rows() * k.rows()];
        double[] logits = new double[k.rows()];
        for (int i = 0; i < q.rows(); i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k.rows(); j++) {
                double dot = 0;
                for (int t = 0; t < q.cols(); t++) {
                    dot += q.get(i, t) * k.get(j, t);
                }
                logits[j] = beta * dot;
                max = Math.max(max, logits[j]);
            }
            double sum = 0;
            for (int j = 0; j < k.rows(); j++) {
                logits[j] = Math.exp(logits[j] - max);
                sum += logits[j];
            }
            for (int j = 0; j < k.rows(); j++) {
                weights[i * k.rows() + j] = logits[j] / sum;
            }
        }
        return new Matrix("softmax weights", q.rows(), k.rows(), weights);
    }

    /** Rows where the reference's streaming softmax equals sum_j w_ij v_j within 1e-12. */
    private int softmaxRowsMatchingWeights(PlantedInstance instance, Matrix weights) {
        Matrix out = new SoftmaxAttention(beta, true, AttentionMask.none()).attend(instance.q(),
                instance.k(), instance.v());
        Matrix v = instance.v();
        int valid = 0;
        for (int i = 0; i < out.rows(); i++) {
            boolean rowOk = true;
            for (int t = 0; t < v.cols(); t++) {
                double expected = 0;
                for (int j = 0; j < v.rows(); j++) {
                    expected += weights.get(i, j) * v.get(j, t);
                }
                rowOk &= Math.abs(out.get(i, t) - expected) <= 1e-12 * (1 + Math.abs(expected));
            }
            valid += rowOk ? 1 : 0;
        }
        return valid;
    }
}
