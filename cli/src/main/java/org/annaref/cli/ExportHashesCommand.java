package org.annaref.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annaref.reference.amplify.HashTables;
import org.annaref.spec.TableParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annaref export-hashes}: the sampled hash functions as plain arrays in a .npz file. */
@Command(name = "export-hashes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the hash functions that --family, --dim, --tables,"
            + " --hashes-per-table and --seed sample, as a .npz archive (layout in the README,"
            + " 'Hash-file layout'). 'attend --hashes H.npz' reads it back: exporting and then"
            + " attending with --hashes equals attending with --seed.",
            "",
            "Example:",
            "  annaref export-hashes --family hyperplane --dim 64 --tables 16 --hashes-per-table 8"
            + " --seed 7 --out H.npz"})
final class ExportHashesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FamilyOptions family;

    @Option(names = "--dim", required = true, paramLabel = "m", description = "Input width m.")
    private int dim;

    @Option(names = "--tables", required = true, paramLabel = "L", description = "Tables l.")
    private int tables;

    @Option(names = "--hashes-per-table", required = true, paramLabel = "Z",
            description = "Functions per table z.")
    private int hashesPerTable;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed = 0;

    @Option(names = "--out", required = true, paramLabel = "H.npz", description = "Output file.")
    private Path out;

    @Override
    public Integer call() {
        TableParams params = new TableParams(tables, hashesPerTable, seed);
        HashTables hashes = HashTables.sample(family.family(), dim, params);
        org.annaref.cli.npy.ArrayFiles.writeNpz(out, HashFile.encode(hashes,
                family.family().name(), seed));
        spec.commandLine().getErr().printf("annaref: wrote %d x %d %s functions of dimension %d to"
                + " %s%n", tables, hashesPerTable, family.family().name(), dim, out);
        return Main.OK;
    }
}
