package org.annaref.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annaref.cli.npy.ArrayFiles;
import org.annaref.cli.npy.NpyArray;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.anna.AnnaMemory;
import org.annaref.reference.anna.AnnaRun;
import org.annaref.reference.anna.ProgressListener;
import org.annaref.reference.attention.AttentionMask;
import org.annaref.reference.attention.DenominatorPolicy;
import org.annaref.reference.attention.LinearAttention;
import org.annaref.reference.attention.LowRankAttention;
import org.annaref.reference.attention.SoftmaxAttention;
import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annaref attend}: one attention mechanism on NumPy arrays. */
@Command(name = "attend", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Computes an attention output from Q, K, V (.npy, float32 or float64, C"
            + " order, 2-D) and writes it as float64 .npy. ANNA (anna: Algorithm 1;"
            + " anna-linear-memory: Algorithm 2, identical output) can also write its implied"
            + " weights (--weights W.npz: arrays query, key, count (c_ij >= 1), total (C_i per"
            + " query) and tables (l)).",
            "",
            "Examples:",
            "  annaref attend --mechanism anna --family hyperplane --tables 16 --hashes-per-table 8"
            + " --seed 7 --q Q.npy --k K.npy --v V.npy --out O.npy --weights W.npz",
            "  annaref attend --mechanism softmax --beta 8 --normalize --mask causal --q Q.npy"
            + " --k K.npy --v V.npy --out O.npy"})
final class AttendCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--mechanism", required = true, paramLabel = "M", description = "anna,"
            + " anna-linear-memory, ema, softmax, linear or lowrank.")
    private String mechanism;

    @Option(names = "--q", required = true, paramLabel = "Q.npy", description = "Queries (n x m).")
    private Path q;

    @Option(names = "--k", required = true, paramLabel = "K.npy", description = "Keys (N x m).")
    private Path k;

    @Option(names = "--v", required = true, paramLabel = "V.npy", description = "Values (N x d).")
    private Path v;

    @Option(names = "--out", required = true, paramLabel = "OUT.npy", description = "Output (n x d).")
    private Path out;

    @Mixin
    private HashOptions hashes;

    @Option(names = "--r", description = "Near radius r (for --theorem-params).")
    private Double r;

    @Option(names = "--c", description = "Approximation factor c (for --theorem-params).")
    private Double c;

    @Option(names = "--weights", paramLabel = "W.npz", description = "ANNA only: also write the"
            + " implied weights.")
    private Path weights;

    @Option(names = "--beta", description = "Softmax temperature (default: ${DEFAULT-VALUE}).")
    private double beta = 1.0;

    @Option(names = "--normalize", description = "Softmax: divide q and k by their norms.")
    private boolean normalize;

    @Option(names = "--mask", description = "Softmax mask: none, causal, window:R or sink:S:R"
            + " (default: ${DEFAULT-VALUE}).")
    private String mask = "none";

    @Option(names = "--denominator", description = "linear / lowrank: reject or zero: what a row"
            + " with denominator <= 0 does (default: ${DEFAULT-VALUE}).")
    private String denominator = "reject";

    @Option(names = "--normalized", description = "lowrank: divide by Q'(K'^T 1).")
    private boolean normalized;

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getErr();
        boolean anna = mechanism.equals("anna") || mechanism.equals("anna-linear-memory");
        if (weights != null && !anna) {
            throw new IllegalArgumentException("--weights applies only to the anna mechanisms");
        }
        if (anna) {
            hashes.validateChoice();
        } else {
            validateMechanismOptions();
        }
        Matrix queries = ArrayFiles.readMatrix(q, "Q");
        Matrix keys = ArrayFiles.readMatrix(k, "K");
        Matrix values = ArrayFiles.readMatrix(v, "V");
        AttentionShapes.check(queries, keys, values);
        Matrix output;
        if (anna) {
            AnnaParams params = r != null && c != null ? new AnnaParams(r, c) : null;
            boolean linearMemory = mechanism.equals("anna-linear-memory");
            HashTables tables = hashes.resolve(queries.cols(), queries.rows(), keys.rows(), params,
                    log, chosen -> AnnaMemory.require(queries.rows(), keys.rows(), values.cols(),
                            chosen.tables(), linearMemory ? 1 : chosen.tables(),
                            chosen.hashesPerTable()));
            ProgressListener progress = Progress.forRun(log, keys.rows(), tables.count());
            AnnaRun run = linearMemory
                    ? new AnnaAlgorithm2(tables).run(queries, keys, values, weights != null,
                            progress)
                    : new AnnaAlgorithm1(tables).run(queries, keys, values, weights != null,
                            progress);
            output = run.output();
            if (weights != null) {
                ArrayFiles.writeNpz(weights, weightArrays(run.weights(), tables.count()));
            }
        } else {
            output = switch (mechanism) {
                case "ema" -> new ExactMatchAttention().attend(queries, keys, values);
                case "softmax" -> new SoftmaxAttention(beta, normalize, parseMask(mask))
                        .attend(queries, keys, values);
                case "linear" -> new LinearAttention(policy()).attend(queries, keys, values);
                case "lowrank" -> new LowRankAttention(normalized, policy())
                        .attend(queries, keys, values);
                default -> throw new IllegalArgumentException("--mechanism must be anna,"
                        + " anna-linear-memory, ema, softmax, linear or lowrank, got '"
                        + mechanism + "'");
            };
        }
        ArrayFiles.writeMatrix(out, output);
        log.printf("annaref: wrote %s output %d x %d to %s%n", mechanism, output.rows(),
                output.cols(), out);
        return Main.OK;
    }

    /** Option errors of the non-ANNA mechanisms, before any file is read. */
    private void validateMechanismOptions() {
        switch (mechanism) {
            case "ema" -> { }
            case "softmax" -> {
                parseMask(mask);
                if (!(beta > 0) || !Double.isFinite(beta)) {
                    throw new IllegalArgumentException("--beta must be finite and > 0, got "
                            + beta);
                }
            }
            case "linear", "lowrank" -> policy();
            default -> throw new IllegalArgumentException("--mechanism must be anna,"
                    + " anna-linear-memory, ema, softmax, linear or lowrank, got '" + mechanism
                    + "'");
        }
    }

    private int policy() {
        return switch (denominator) {
            case "reject" -> DenominatorPolicy.REJECT;
            case "zero" -> DenominatorPolicy.ZERO_ROW;
            default -> throw new IllegalArgumentException("--denominator must be reject or zero,"
                    + " got '" + denominator + "'");
        };
    }

    /** none | causal | window:R | sink:S:R. */
    static AttentionMask parseMask(String text) {
        String[] parts = text.split(":", -1);
        try {
            if (parts.length == 1 && parts[0].equals("none")) {
                return AttentionMask.none();
            } else if (parts.length == 1 && parts[0].equals("causal")) {
                return AttentionMask.causal();
            } else if (parts.length == 2 && parts[0].equals("window")) {
                return AttentionMask.slidingWindow(Integer.parseInt(parts[1]));
            } else if (parts.length == 3 && parts[0].equals("sink")) {
                return AttentionMask.sink(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--mask must be none, causal, window:R or sink:S:R"
                + " with positive integers, got '" + text + "'");
    }

    /** The implied weights as flat arrays: one entry per (query, key) with c_ij >= 1. */
    static Map<String, NpyArray> weightArrays(SparseWeights w, int tables) {
        int entries = 0;
        for (int i = 0; i < w.queries(); i++) {
            entries += w.keys(i).length;
        }
        long[] query = new long[entries];
        long[] key = new long[entries];
        long[] count = new long[entries];
        long[] total = new long[w.queries()];
        int at = 0;
        for (int i = 0; i < w.queries(); i++) {
            int[] keys = w.keys(i);
            int[] counts = w.counts(i);
            for (int p = 0; p < keys.length; p++, at++) {
                query[at] = i;
                key[at] = keys[p];
                count[at] = counts[p];
            }
            total[i] = w.total(i);
        }
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("query", NpyArray.ofLongs(new int[] {entries}, query));
        arrays.put("key", NpyArray.ofLongs(new int[] {entries}, key));
        arrays.put("count", NpyArray.ofLongs(new int[] {entries}, count));
        arrays.put("total", NpyArray.ofLongs(new int[] {w.queries()}, total));
        arrays.put("tables", NpyArray.ofLongs(new int[0], new long[] {tables}));
        arrays.put("keys", NpyArray.ofLongs(new int[0], new long[] {w.keyCount()}));
        return arrays;
    }
}
