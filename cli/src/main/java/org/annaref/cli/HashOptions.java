package org.annaref.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.annaref.cli.npy.NpyArray;
import org.annaref.cli.npy.Npz;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TheoremParameters;
import org.annaref.reference.amplify.UnionBoundParameters;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.LshFamily;
import org.annaref.spec.TableParams;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How ANNA's hash functions are chosen: sampled from a family with --seed and either
 * --tables/--hashes-per-table or --theorem-params [--delta], or read from an exported --hashes
 * file.
 */
final class HashOptions {
    @Mixin
    FamilyOptions family;

    @Option(names = "--tables", paramLabel = "L", description = "Number of hash tables l.")
    Integer tables;

    @Option(names = "--hashes-per-table", paramLabel = "Z",
            description = "Hash functions per table z.")
    Integer hashesPerTable;

    @Option(names = "--theorem-params", description = "Choose (z, l) as Theorem A.1 does (needs"
            + " --r, --c); with --delta, the proof's union bound over all query-key pairs made"
            + " <= delta.")
    boolean theoremParams;

    @Option(names = "--delta", paramLabel = "D", description = "Target failure probability for"
            + " --theorem-params.")
    Double delta;

    @Option(names = "--seed", paramLabel = "S", description = "Seed the functions are sampled"
            + " from (default: ${DEFAULT-VALUE}).")
    long seed = 0;

    @Option(names = "--hashes", paramLabel = "H.npz", description = "Read the hash functions from"
            + " a file written by export-hashes (instead of sampling them).")
    Path hashes;

    /**
     * The hash tables for {@code queries} x {@code keys} inputs of width {@code dim};
     * {@code params} (r, c) may be null unless --theorem-params is given. Reports the choice on
     * {@code log}; {@code beforeSampling} sees the chosen l and z first (to refuse a run that
     * cannot fit before spending time on sampling).
     */
    HashTables resolve(int dim, int queries, int keys, AnnaParams params, PrintWriter log,
            java.util.function.Consumer<TableParams> beforeSampling) {
        validateChoice();
        if (hashes != null) {
            Map<String, NpyArray> arrays = Npz.read(hashes);
            String source = hashes.getFileName().toString();
            HashTables read = HashFile.decode(arrays, source);
            if (read.dim() != dim) {
                throw new IllegalArgumentException(source + ": hash functions of dimension "
                        + read.dim() + " cannot hash inputs of width " + dim);
            }
            log.printf(Locale.ROOT, "annaref: %s hash functions read from %s: l=%d, z=%d%n",
                    HashFile.family(arrays, source), source, read.count(), read.table(0).size());
            return read;
        }
        TableParams chosen = tableParams(dim, queries, keys, params, log);
        beforeSampling.accept(chosen);
        return HashTables.sample(family.family(), dim, chosen);
    }

    /** Rejects inconsistent options before any file is read. */
    void validateChoice() {
        boolean byHand = tables != null || hashesPerTable != null;
        int ways = (byHand ? 1 : 0) + (theoremParams ? 1 : 0) + (hashes != null ? 1 : 0);
        if (ways != 1) {
            throw new IllegalArgumentException("choose the hash functions one way: --tables and"
                    + " --hashes-per-table, or --theorem-params [--delta D], or --hashes H.npz");
        }
        if (delta != null && !theoremParams) {
            throw new IllegalArgumentException("--delta only applies with --theorem-params");
        }
        if (byHand && (tables == null || hashesPerTable == null)) {
            throw new IllegalArgumentException("give both --tables and --hashes-per-table");
        }
        family.family();
    }

    /** l, z and seed for sampling (not for --hashes). */
    TableParams tableParams(int dim, int queries, int keys, AnnaParams params, PrintWriter log) {
        LshFamily f = family.family();
        if (!theoremParams) {
            if (tables == null || hashesPerTable == null) {
                throw new IllegalArgumentException("give both --tables and --hashes-per-table");
            }
            return new TableParams(tables, hashesPerTable, seed);
        }
        if (params == null) {
            throw new IllegalArgumentException("--theorem-params needs --r and --c");
        }
        if (!f.hasClosedForm()) {
            throw new IllegalArgumentException("--theorem-params needs a family with a closed-form"
                    + " collision probability; " + f.name() + " has none: give --tables and"
                    + " --hashes-per-table");
        }
        double p1 = f.collisionProbabilityAtDistance(params.r(), dim);
        double p2 = f.collisionProbabilityAtDistance(params.cr(), dim);
        if (delta != null) {
            UnionBoundParameters chosen = UnionBoundParameters.choose(
                    Math.max(1L, (long) queries * keys), p1, p2, delta);
            log.printf(Locale.ROOT, "annaref: union-bound parameters for delta=%s: z=%d, l=%d"
                    + " (p1=%.6g, p2=%.6g, bound %.3g)%n", delta, chosen.hashesPerTable(),
                    chosen.tables(), p1, p2, chosen.deltaBound());
            return chosen.toTableParams(seed);
        }
        TheoremParameters chosen = TheoremParameters.forFamily(f, params, Math.max(1, keys), dim);
        log.println("annaref: " + chosen);
        return chosen.toTableParams(seed);
    }
}
