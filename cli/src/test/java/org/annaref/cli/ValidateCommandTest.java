package org.annaref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: annaref validate, end to end. */
class ValidateCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void quickPresetHoldsAndWritesReportJsonAndPlots(@TempDir Path dir) throws IOException {
        String[] r = run("validate", "--preset", "quick", "--family", "hyperplane", "--out",
                dir.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("C1-hyperplane") && r[1].contains("C7"), r[1]);
        assertTrue(r[1].contains("All claims hold"), r[1]);
        assertTrue(r[2].contains("claim 5: failure rate"), "progress on stderr: " + r[2]);
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
        String[] preset = run("validate", "--preset", "medium", "--out", dir.toString());
        assertEquals("2", preset[0]);
        assertTrue(preset[2].contains("--preset must be quick or full"), preset[2]);
        String[] family = run("validate", "--family", "minhash", "--out", dir.toString());
        assertEquals("2", family[0]);
        assertTrue(family[2].contains("unknown family 'minhash'"), family[2]);
    }
}
