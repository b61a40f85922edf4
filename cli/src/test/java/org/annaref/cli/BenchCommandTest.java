package org.annaref.cli;

import static org.annaref.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * annaref bench at toy sizes: the ratio table and the per-N table are printed with every row.
 * The numbers themselves are not asserted (speed is measured by the command, never tested).
 */
class BenchCommandTest {
    @Test
    void tinyPresetPrintsEveryRow() {
        CliRun r = run("bench", "--preset", "tiny");
        assertEquals(0, r.status(), r.out() + r.err());
        String out = r.out();
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
        assertTrue(r.err().contains("quality sweep"), "progress on stderr: " + r.err());
    }

    @Test
    void unknownPresetExitsTwoNamingIt() {
        CliRun r = run("bench", "--preset", "medium");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--preset must be quick, full or tiny, got 'medium'"), r.err());
    }
}
