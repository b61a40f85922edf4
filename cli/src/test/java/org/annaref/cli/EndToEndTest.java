package org.annaref.cli;

import static org.annaref.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annaref.checks.AnnaContractChecker;
import org.annaref.checks.PlantedInstance;
import org.annaref.cli.npy.ArrayFiles;
import org.annaref.cli.npy.NpyArray;
import org.annaref.cli.npy.Npz;
import org.annaref.reference.attention.NeighbourOracle;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands on real .npy/.npz files: export-hashes -> attend -> check. */
class EndToEndTest {
    private static PlantedInstance write(Path dir, long seed) {
        return write(dir, seed, 0.3, 2.5);
    }

    private static PlantedInstance write(Path dir, long seed, double r, double c) {
        PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(150, 40, 12,
                3, r, c, 2, 0, true), seed);
        ArrayFiles.writeMatrix(dir.resolve("Q.npy"), instance.q());
        ArrayFiles.writeMatrix(dir.resolve("K.npy"), instance.k());
        ArrayFiles.writeMatrix(dir.resolve("V.npy"), instance.v());
        return instance;
    }

    private static String[] io(Path dir, String... more) {
        String[] base = {"--q", dir.resolve("Q.npy").toString(), "--k",
            dir.resolve("K.npy").toString(), "--v", dir.resolve("V.npy").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static String[] cat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void exportThenAttendWithHashesEqualsAttendWithSeed(@TempDir Path dir) throws IOException {
        write(dir, 1);
        for (String family : new String[] {"hyperplane", "pstable", "crosspolytope"}) {
            Path hashes = dir.resolve(family + ".npz");
            assertEquals(Main.OK, run("export-hashes", "--family", family, "--dim", "12",
                    "--tables", "5", "--hashes-per-table", "3", "--seed", "99", "--out",
                    hashes.toString()).status());
            CliRun a = run(cat(new String[] {"attend", "--mechanism", "anna", "--hashes",
                hashes.toString()}, io(dir, "--out", dir.resolve("a.npy").toString())));
            CliRun b = run(cat(new String[] {"attend", "--mechanism", "anna-linear-memory",
                "--family", family, "--tables", "5", "--hashes-per-table", "3", "--seed", "99"},
                    io(dir, "--out", dir.resolve("b.npy").toString())));
            assertEquals(Main.OK, a.status(), a.err());
            assertEquals(Main.OK, b.status(), b.err());
            assertArrayEquals(Files.readAllBytes(dir.resolve("a.npy")),
                    Files.readAllBytes(dir.resolve("b.npy")), family);
        }
    }

    @Test
    void checkSaysValidOnTheReferencesOwnOutputWheneverNoFailureEventHappened(@TempDir Path dir) {
        // r = 0.05, c = 10: the worst-case union bound with delta = 0.2 needs only a few
        // thousand hyperplanes, so each seed's run is clean with probability >= 0.8.
        int valid = 0;
        for (long seed = 1; seed <= 20; seed++) {
            PlantedInstance instance = write(dir, seed, 0.05, 10);
            Path out = dir.resolve("O.npy");
            Path weights = dir.resolve("W.npz");
            CliRun attend = run(cat(new String[] {"attend", "--mechanism", "anna", "--family",
                "hyperplane", "--theorem-params", "--delta", "0.2", "--r", "0.05", "--c", "10",
                "--seed", Long.toString(seed)}, io(dir, "--out", out.toString(), "--weights",
                    weights.toString())));
            assertEquals(Main.OK, attend.status(), attend.err());
            boolean clean = noFailureEvent(instance, weights);
            long tables = Npz.read(weights).get("tables").longs()[0];
            CliRun withWeights = run(cat(new String[] {"check", "--r", "0.05", "--c", "10",
                "--weights", weights.toString()}, io(dir, "--output", out.toString())));
            CliRun byLp = run(cat(new String[] {"check", "--r", "0.05", "--c", "10", "--tables",
                Long.toString(tables)}, io(dir, "--output", out.toString())));
            if (clean) {
                assertEquals(Main.OK, withWeights.status(), "seed " + seed + withWeights.out());
                assertEquals(Main.OK, byLp.status(), "seed " + seed + byLp.out());
                valid++;
            } else {
                assertEquals(Main.CHECK_FAILED, withWeights.status(), "seed " + seed);
            }
        }
        assertTrue(valid >= 12, "clean runs among the 20 seeds: " + valid);
    }

    /** No query met a far key and none missed a near key (brute force over the weights file). */
    private static boolean noFailureEvent(PlantedInstance instance, Path weightsFile) {
        Map<String, NpyArray> w = Npz.read(weightsFile);
        CheckCommand.WeightFile file = CheckCommand.WeightFile.decode(w, "W.npz",
                instance.q().rows(), instance.k().rows());
        AnnaContractChecker checker = new AnnaContractChecker(instance.q(), instance.k(),
                instance.params());
        if (checker.farCollisions(file.weights()) > 0) {
            return false;
        }
        NeighbourOracle oracle = NeighbourOracle.build(instance.q(), instance.k(),
                instance.params());
        for (int i = 0; i < instance.q().rows(); i++) {
            for (int j : oracle.near(i)) {
                if (file.weights().count(i, j) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void checkRejectsAnOutputWithOneWeightMovedToAFarKey(@TempDir Path dir) {
        PlantedInstance instance = write(dir, 3);
        Matrix v = instance.v();
        // A valid output: query 0 averages its two near keys (indices 0 and 1).
        int queries = instance.q().rows();
        double[] out = new double[queries * v.cols()];
        long[] total = new long[queries];
        for (int s = 0; s < v.cols(); s++) {
            out[s] = (v.get(0, s) + v.get(1, s)) / 2;
        }
        total[0] = 2;
        for (int i = 1; i < queries; i++) {
            for (int s = 0; s < v.cols(); s++) {
                out[i * v.cols() + s] = (v.get(2 * i, s) + v.get(2 * i + 1, s)) / 2;
            }
            total[i] = 2;
        }
        Path output = dir.resolve("O.npy");
        ArrayFiles.writeMatrix(output, new Matrix("O", queries, v.cols(), out));
        Path weights = dir.resolve("W.npz");
        writeWeights(weights, total, 1, queries);
        assertEquals(Main.OK, run(cat(new String[] {"check", "--r", "0.3", "--c", "2.5",
            "--weights", weights.toString()}, io(dir, "--output", output.toString()))).status());
        assertEquals(Main.OK, run(cat(new String[] {"check", "--r", "0.3", "--c", "2.5",
            "--tables", "1"}, io(dir, "--output", output.toString()))).status());

        // Move key 1's weight (1/2) to far key 149: the output and the weights change together.
        int far = 149;
        for (int s = 0; s < v.cols(); s++) {
            out[s] = (v.get(0, s) + v.get(far, s)) / 2;
        }
        ArrayFiles.writeMatrix(output, new Matrix("O", queries, v.cols(), out));
        writeWeights(weights, total, far, queries);
        CliRun withWeights = run(cat(new String[] {"check", "--r", "0.3", "--c", "2.5",
            "--weights", weights.toString()}, io(dir, "--output", output.toString())));
        assertEquals(Main.CHECK_FAILED, withWeights.status());
        assertTrue(withWeights.out().contains("query 0: weight on a key beyond cr at key 149"),
                withWeights.out());
        CliRun byLp = run(cat(new String[] {"check", "--r", "0.3", "--c", "2.5"},
                io(dir, "--output", output.toString())));
        assertEquals(Main.CHECK_FAILED, byLp.status());
        assertTrue(byLp.out().contains("query 0:"), byLp.out());
        assertFalse(byLp.out().contains("query 1:"), byLp.out());
    }

    /** Weights: query i has keys 2i and 2i+1, count 1 each, except query 0's second key. */
    private static void writeWeights(Path file, long[] total, int secondKeyOfQueryZero,
            int queries) {
        long[] query = new long[2 * queries];
        long[] key = new long[2 * queries];
        long[] count = new long[2 * queries];
        for (int i = 0; i < queries; i++) {
            query[2 * i] = i;
            query[2 * i + 1] = i;
            key[2 * i] = 2L * i;
            key[2 * i + 1] = i == 0 ? secondKeyOfQueryZero : 2L * i + 1;
            count[2 * i] = 1;
            count[2 * i + 1] = 1;
        }
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("query", NpyArray.ofLongs(new int[] {query.length}, query));
        arrays.put("key", NpyArray.ofLongs(new int[] {key.length}, key));
        arrays.put("count", NpyArray.ofLongs(new int[] {count.length}, count));
        arrays.put("total", NpyArray.ofLongs(new int[] {queries}, total));
        arrays.put("tables", NpyArray.ofLongs(new int[0], new long[] {1}));
        ArrayFiles.writeNpz(file, arrays);
    }

    @Test
    void badInputExitsTwoNamesTheFileAndWritesNothing(@TempDir Path dir) throws IOException {
        write(dir, 4);
        Path out = dir.resolve("never.npy");
        ArrayFiles.writeMatrix(dir.resolve("V.npy"), new Matrix("V", 3, 2, new double[6]));
        CliRun shapes = run(cat(new String[] {"attend", "--mechanism", "ema"},
                io(dir, "--out", out.toString())));
        assertEquals(Main.BAD_INPUT, shapes.status());
        assertTrue(shapes.err().contains("K [K.npy] (150 x 12)")
                && shapes.err().contains("V [V.npy] (3 x 2)"), shapes.err());
        CliRun noHashes = run(cat(new String[] {"attend", "--mechanism", "anna"},
                io(dir, "--out", out.toString())));
        assertEquals(Main.BAD_INPUT, noHashes.status());
        assertTrue(noHashes.err().contains("choose the hash functions one way"), noHashes.err());
        Files.write(dir.resolve("K.npy"), new byte[] {1, 2, 3});
        CliRun corrupt = run(cat(new String[] {"attend", "--mechanism", "softmax"},
                io(dir, "--out", out.toString())));
        assertEquals(Main.BAD_INPUT, corrupt.status());
        assertTrue(corrupt.err().contains("K.npy (K): not a .npy file"), corrupt.err());
        assertFalse(Files.exists(out), "nothing written on bad input");
        CliRun mask = run(cat(new String[] {"attend", "--mechanism", "softmax", "--mask", "window:0"},
                io(dir, "--out", out.toString())));
        assertEquals(Main.BAD_INPUT, mask.status());
        assertTrue(mask.err().contains("window size must be >= 1, got 0"), mask.err());
        try (var listing = Files.list(dir)) {
            assertEquals(3, listing.count(), "only Q, K, V: no output, no temporary file");
        }
    }

    @Test
    void theoremParametersRefuseWhatTheyCannotAfford(@TempDir Path dir) {
        write(dir, 5);
        CliRun r = run(cat(new String[] {"attend", "--mechanism", "anna", "--family", "pstable",
            "--width", "4", "--theorem-params", "--delta", "0.1", "--r", "0.3", "--c", "2.5"},
                io(dir, "--out", dir.resolve("o.npy").toString())));
        assertEquals(Main.BAD_INPUT, r.status(), r.err());
        assertTrue(r.err().contains("by hand") || r.err().contains("maximum heap"), r.err());
        CliRun noRadius = run(cat(new String[] {"attend", "--mechanism", "anna",
            "--theorem-params"}, io(dir, "--out", dir.resolve("o.npy").toString())));
        assertEquals(Main.BAD_INPUT, noRadius.status());
        assertTrue(noRadius.err().contains("--theorem-params needs --r and --c"), noRadius.err());
    }

    @Test
    void longRunsReportProgressAndHopelessOnesAreRefusedBeforeSampling(@TempDir Path dir) {
        write(dir, 6);
        CliRun many = run(cat(new String[] {"attend", "--mechanism", "anna-linear-memory",
            "--family", "hyperplane", "--tables", "70", "--hashes-per-table", "2"},
                io(dir, "--out", dir.resolve("o.npy").toString())));
        assertEquals(Main.OK, many.status(), many.err());
        assertTrue(many.err().contains("70/70 tables (100%)"), many.err());
        CliRun small = run(cat(new String[] {"attend", "--mechanism", "anna", "--family",
            "hyperplane", "--tables", "3", "--hashes-per-table", "2"},
                io(dir, "--out", dir.resolve("o.npy").toString())));
        assertFalse(small.err().contains("tables ("), "small runs stay quiet: " + small.err());
        // 4 million tables of 150 keys cannot fit: refused from the sizes alone (sampling
        // 16 million functions first would take minutes).
        CliRun huge = run(cat(new String[] {"attend", "--mechanism", "anna", "--family",
            "hyperplane", "--tables", "4000000", "--hashes-per-table", "4"},
                io(dir, "--out", dir.resolve("o.npy").toString())));
        assertEquals(Main.BAD_INPUT, huge.status());
        assertTrue(huge.err().contains("maximum heap"), huge.err());
    }

    @Test
    void everySubcommandHelpHasAnExample() {
        for (String command : new String[] {"demo", "attend", "export-hashes", "check"}) {
            CliRun r = run(command, "--help");
            assertEquals(Main.OK, r.status());
            assertTrue(r.out().contains("Example"), command + ": " + r.out());
        }
    }
}
