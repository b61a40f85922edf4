package org.annaref.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annaref.checks.PlantedInstance;
import org.annaref.cli.npy.ArrayFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar the ./annaref launcher runs, as a separate process on real files. */
class PackagedJarIT {
    private record Run(int status, String out) {
    }

    private static Run annaref(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("annaref.jar", "target/annaref.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    @Test
    void exportAttendCheckRoundTrip(@TempDir Path dir) throws Exception {
        PlantedInstance instance = PlantedInstance.generate(new PlantedInstance.Shape(150, 40, 12,
                3, 0.05, 10, 2, 0, true), 11);
        ArrayFiles.writeMatrix(dir.resolve("Q.npy"), instance.q());
        ArrayFiles.writeMatrix(dir.resolve("K.npy"), instance.k());
        ArrayFiles.writeMatrix(dir.resolve("V.npy"), instance.v());
        assertEquals(0, annaref(dir, "export-hashes", "--family", "hyperplane", "--dim", "12",
                "--tables", "40", "--hashes-per-table", "60", "--seed", "3", "--out", "H.npz")
                .status());
        Run attend = annaref(dir, "attend", "--mechanism", "anna", "--hashes", "H.npz", "--q",
                "Q.npy", "--k", "K.npy", "--v", "V.npy", "--out", "O.npy", "--weights", "W.npz");
        assertEquals(0, attend.status(), attend.out());
        Run seeded = annaref(dir, "attend", "--mechanism", "anna-linear-memory", "--family",
                "hyperplane", "--tables", "40", "--hashes-per-table", "60", "--seed", "3", "--q",
                "Q.npy", "--k", "K.npy", "--v", "V.npy", "--out", "O2.npy");
        assertEquals(0, seeded.status(), seeded.out());
        assertArrayEquals(Files.readAllBytes(dir.resolve("O.npy")),
                Files.readAllBytes(dir.resolve("O2.npy")));
        Run check = annaref(dir, "check", "--q", "Q.npy", "--k", "K.npy", "--v", "V.npy",
                "--output", "O.npy", "--r", "0.05", "--c", "10", "--weights", "W.npz");
        assertTrue(check.status() == 0 || check.status() == 1, check.out());
        assertTrue(check.out().contains("VALID"), check.out());
        Run bad = annaref(dir, "check", "--q", "Q.npy", "--k", "missing.npy", "--v", "V.npy",
                "--output", "O.npy", "--r", "0.05", "--c", "10");
        assertEquals(2, bad.status(), bad.out());
        assertTrue(bad.out().contains("missing.npy: no such file"), bad.out());
    }
}
