package org.annaref.cli;

import static org.annaref.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The demo run in-process on a small instance: its table, its verdicts, its exit codes. */
class DemoCommandTest {
    @Test
    void smallDemoPrintsEveryVerdictAndExitsZero() {
        CliRun r = run("demo", "--keys", "400", "--queries", "40", "--dim", "16", "--seed", "3");
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("Theorem A.1 would ask"), r.out());
        assertTrue(r.out().contains("equals Algorithm 1 bit for bit"), r.out());
        assertTrue(r.out().contains("40/40  identical"), r.out());
        assertTrue(r.out().contains("All deterministic checks hold."), r.out());
    }

    @Test
    void handSetParametersAreUsedAndFailureEventsAreReported() {
        // z = 1, l = 1 hyperplane: most far keys collide; rows violate, but only where the
        // theorem's failure events happened, so the deterministic checks still hold.
        CliRun r = run("demo", "--keys", "300", "--queries", "30", "--dim", "16",
                "--tables", "1", "--hashes-per-table", "1");
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("using z=1, l=1 as given"), r.out());
        assertTrue(r.out().contains("rows violate"), r.out());
        assertTrue(r.out().contains("First ANNA violation"), r.out());
    }

    @Test
    void badInputExitsTwoWithAMessage() {
        CliRun family = run("demo", "--family", "simhash");
        assertEquals(Main.BAD_INPUT, family.status());
        assertTrue(family.err().contains("--family must be"), family.err());
        CliRun noClosedForm = run("demo", "--family", "crosspolytope", "--keys", "200",
                "--queries", "20", "--dim", "8");
        assertEquals(Main.BAD_INPUT, noClosedForm.status());
        assertTrue(noClosedForm.err().contains("closed"), noClosedForm.err());
        CliRun half = run("demo", "--tables", "3");
        assertEquals(Main.BAD_INPUT, half.status());
        assertTrue(half.err().contains("both --tables and --hashes-per-table"), half.err());
        CliRun unknown = run("demo", "--bogus");
        assertEquals(Main.BAD_INPUT, unknown.status());
        CliRun r = run("demo", "--r", "-1");
        assertEquals(Main.BAD_INPUT, r.status());
        assertTrue(r.err().contains("r must be finite and > 0, got -1.0"), r.err());
    }

    @Test
    void helpShowsAnExample() {
        CliRun r = run("demo", "--help");
        assertEquals(Main.OK, r.status());
        assertTrue(r.out().contains("Example:"), r.out());
    }
}
