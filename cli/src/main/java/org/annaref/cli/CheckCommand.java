package org.annaref.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annaref.checks.ContractReport;
import org.annaref.checks.OutputChecker;
import org.annaref.cli.npy.ArrayFiles;
import org.annaref.cli.npy.NpyArray;
import org.annaref.cli.npy.NpyFormatException;
import org.annaref.cli.npy.Npz;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.AttentionShapes;
import org.annaref.spec.Matrix;
import org.annaref.spec.RowVerdict;
import org.annaref.spec.SparseWeights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annaref check}: is an outside output a valid ANNA output for (r, c)? */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decides whether OUTPUT is a valid ANNA output for Q, K, V and (r, c)."
            + " Exit 0 when valid, 1 when not (the failing queries are listed with the key, its"
            + " distance and its weight), 2 on bad input.",
            "With --weights W.npz (arrays query, key, count, total as 'attend --weights' writes"
            + " them): the row contract on those exact weights, and OUTPUT = sum c_ij v_j / C_i.",
            "Without: per query, a linear program looks for a convex combination of the values of"
            + " the keys within c r that reproduces the output and gives every key within r at"
            + " least tau (tau from --tables L as 1/((|N(q,cr)|-1) L + 1), or --tau T, or any"
            + " positive weight when neither is given).",
            "",
            "Example:",
            "  annaref check --q Q.npy --k K.npy --v V.npy --output O.npy --r 0.25 --c 3"
            + " --tables 16"})
final class CheckCommand implements Callable<Integer> {
    /** Failing queries listed in full before the rest are summarized. */
    private static final int SHOWN = 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--q", required = true, paramLabel = "Q.npy", description = "Queries.")
    private Path q;

    @Option(names = "--k", required = true, paramLabel = "K.npy", description = "Keys.")
    private Path k;

    @Option(names = "--v", required = true, paramLabel = "V.npy", description = "Values.")
    private Path v;

    @Option(names = "--output", required = true, paramLabel = "O.npy",
            description = "The output to judge.")
    private Path output;

    @Option(names = "--r", required = true, description = "Near radius r.")
    private double r;

    @Option(names = "--c", required = true, description = "Approximation factor c.")
    private double c;

    @Option(names = "--weights", paramLabel = "W.npz", description = "The implied weights.")
    private Path weights;

    @Option(names = "--tables", paramLabel = "L", description = "l, for tau (read from W.npz"
            + " when given there).")
    private Integer tables;

    @Option(names = "--tau", paramLabel = "T", description = "A fixed tau instead of the one"
            + " from l.")
    private Double tau;

    @Option(names = "--tolerance", description = "Numerical tolerance (default: ${DEFAULT-VALUE};"
            + " see the README).")
    private double tolerance = OutputChecker.DEFAULT_TOLERANCE;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AnnaParams params = new AnnaParams(r, c);
        Matrix queries = ArrayFiles.readMatrix(q, "Q");
        Matrix keys = ArrayFiles.readMatrix(k, "K");
        Matrix values = ArrayFiles.readMatrix(v, "V");
        Matrix result = ArrayFiles.readMatrix(output, "output");
        AttentionShapes.check(queries, keys, values);
        if (tables != null && tables < 1) {
            throw new IllegalArgumentException("--tables must be >= 1, got " + tables);
        }
        if (tau != null && !(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("--tau must be in (0, 1], got " + tau);
        }
        OutputChecker checker = new OutputChecker(queries, keys, values, params, tolerance);
        ContractReport report;
        if (weights != null) {
            if (tau != null) {
                throw new IllegalArgumentException("--tau does not apply with --weights: the"
                        + " weights are checked against tau from l");
            }
            Map<String, NpyArray> arrays = Npz.read(weights);
            WeightFile file = WeightFile.decode(arrays, weights.getFileName().toString(),
                    queries.rows(), keys.rows());
            int l = tables != null ? tables : file.tables();
            if (l < 1) {
                throw new IllegalArgumentException("give --tables: " + weights.getFileName()
                        + " does not say how many tables produced the weights");
            }
            report = checker.checkWithWeights(result, file.weights(), l);
        } else {
            report = checker.checkOutput(result, tables != null ? tables : 0,
                    tau != null ? tau : 0.0);
        }
        out.println(report.contract() + ": " + report.validRows() + " of " + report.rows()
                + " queries valid");
        int shown = 0;
        for (RowVerdict violation : report.violations()) {
            if (shown++ == SHOWN) {
                out.println("... and " + (report.violations().size() - SHOWN) + " more");
                break;
            }
            out.println("  " + explain(violation));
        }
        out.println(report.allValid() ? "VALID" : "INVALID");
        return report.allValid() ? Main.OK : Main.CHECK_FAILED;
    }

    private static String explain(RowVerdict v) {
        if (v.kind() == RowVerdict.WRONG_OUTPUT) {
            return "query " + v.query() + ": the output is not a convex combination of the values"
                    + " of keys within cr (largest output entry " + v.weight() + ")";
        }
        return v.describe();
    }

    /** The weights file: flat (query, key, count) entries, totals and l. */
    record WeightFile(SparseWeights weights, int tables) {
        static WeightFile decode(Map<String, NpyArray> arrays, String source, int queries,
                int keys) {
            long[] query = ints(arrays, "query", source);
            long[] key = ints(arrays, "key", source);
            long[] count = ints(arrays, "count", source);
            long[] total = ints(arrays, "total", source);
            if (query.length != key.length || key.length != count.length) {
                throw new NpyFormatException(source, "query, key and count must have the same"
                        + " length, have " + query.length + ", " + key.length + ", "
                        + count.length);
            }
            if (total.length != queries) {
                throw new NpyFormatException(source + ":total", "has " + total.length
                        + " entries for " + queries + " queries");
            }
            int[] perQuery = new int[queries];
            for (int e = 0; e < query.length; e++) {
                if (query[e] < 0 || query[e] >= queries || key[e] < 0 || key[e] >= keys
                        || count[e] < 1 || count[e] > Integer.MAX_VALUE) {
                    throw new NpyFormatException(source, "entry " + e + " (query " + query[e]
                            + ", key " + key[e] + ", count " + count[e] + ") is out of range for "
                            + queries + " queries and " + keys + " keys");
                }
                if (e > 0 && (query[e] < query[e - 1]
                        || (query[e] == query[e - 1] && key[e] <= key[e - 1]))) {
                    throw new NpyFormatException(source, "entries must be sorted by (query, key)"
                            + " without repeats; entry " + e + " is not");
                }
                perQuery[(int) query[e]]++;
            }
            int[][] keyRows = new int[queries][];
            int[][] countRows = new int[queries][];
            for (int i = 0, e = 0; i < queries; i++) {
                keyRows[i] = new int[perQuery[i]];
                countRows[i] = new int[perQuery[i]];
                for (int p = 0; p < perQuery[i]; p++, e++) {
                    keyRows[i][p] = (int) key[e];
                    countRows[i][p] = (int) count[e];
                }
            }
            int l = arrays.containsKey("tables") ? (int) ints(arrays, "tables", source)[0] : 0;
            return new WeightFile(new SparseWeights(keys, keyRows, countRows, total), l);
        }

        private static long[] ints(Map<String, NpyArray> arrays, String name, String source) {
            NpyArray a = arrays.get(name);
            if (a == null) {
                throw new NpyFormatException(source, "has no array '" + name + "'");
            }
            if (a.kind() != NpyArray.Kind.INTEGER) {
                throw new NpyFormatException(source + ":" + name, "must be an integer array");
            }
            return a.longs();
        }
    }
}
