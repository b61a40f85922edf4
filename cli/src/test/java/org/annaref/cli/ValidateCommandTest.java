package org.annaref.cli;

import static org.annaref.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: annaref validate, end to end. */
class ValidateCommandTest {
    @Test
    void quickPresetHoldsAndWritesReportJsonAndPlots(@TempDir Path dir) throws IOException {
        CliRun r = run("validate", "--preset", "quick", "--family", "hyperplane", "--out",
                dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("C1-hyperplane") && r.out().contains("C7"), r.out());
        assertTrue(r.out().contains("All claims hold"), r.out());
        assertTrue(r.err().contains("claim 5: failure rate"), "progress on stderr: " + r.err());
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("| C5-clean |") && report.contains("False-failure probability"),
                report);
        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("\"allHold\": true") && json.contains("\"id\": \"C4-hyperplane\""),
                json);
        for (String plot : new String[] {"collision-hyperplane.png", "failure-vs-l.png",
            "min-weights.png"}) {
            byte[] png = Files.readAllBytes(dir.resolve(plot));
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', plot);
        }
    }

    @Test
    void badArgumentsExitTwo(@TempDir Path dir) {
        CliRun preset = run("validate", "--preset", "medium", "--out", dir.toString());
        assertEquals(2, preset.status());
        assertTrue(preset.err().contains("--preset must be quick or full"), preset.err());
        CliRun family = run("validate", "--family", "minhash", "--out", dir.toString());
        assertEquals(2, family.status());
        assertTrue(family.err().contains("unknown family 'minhash'"), family.err());
    }
}
