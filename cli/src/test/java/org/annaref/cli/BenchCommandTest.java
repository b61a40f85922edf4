package org.annaref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * annaref bench at toy sizes: the ratio table and the per-N table are printed with every row.
 * The numbers themselves are not asserted (speed is measured by the command, never tested).
 */
class BenchCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void tinyPresetPrintsEveryRow() {
        String[] r = run("bench", "--preset", "tiny");
        assertEquals("0", r[0], r[1] + r[2]);
        String out = r[1];
        for (String row : new String[] {"metric", "twin / reference ANNA, N=512 m=64 l=16 z=8",
            "hashing throughput / peak FMA rate", "twin / java-lsh SuperBit signing, 128 bits",
            "exact softmax / ANNA at N=1024", "crossover N", "scaling exponent of tuned ANNA",
            "twin ANNA heap beyond inputs/outputs", "peak FMA rate", "A.1 implied s"}) {
            assertTrue(out.contains(row), "missing '" + row + "' in:\n" + out);
        }
        // One per-N line for each of N = 256, 512, 1024, each with a quality >= 99%.
        for (String n : new String[] {"256", "512", "1024"}) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(n + " ") && l.contains("%")),
                    "no per-N row for " + n + " in:\n" + out);
        }
        assertTrue(r[2].contains("quality sweep"), "progress on stderr: " + r[2]);
    }

    @Test
    void unknownPresetExitsTwoNamingIt() {
        String[] r = run("bench", "--preset", "medium");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--preset must be quick, full or tiny, got 'medium'"), r[2]);
    }
}
