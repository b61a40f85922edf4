package org.annaref.cli;

import static org.annaref.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code annaref mpc} in-process: the check line, the table, the exit codes. */
class MpcCommandTest {
    @ParameterizedTest
    @ValueSource(strings = {"ema", "anna", "lowrank", "hop", "khop"})
    void everyProtocolAgreesAndPrintsItsTable(String protocol) {
        CliRun r = run("mpc", "--protocol", protocol, "--n", "300", "--eps", "0",
                "--eps-prime", "0.75", "--k", "5");
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("output check: agrees with"), r.out());
        assertTrue(r.out().contains("0 of 300 rows differ"), r.out());
        assertTrue(r.out().contains("max held"), r.out());
        assertTrue(r.out().contains("N^(1+eps-eps')"), r.out());
    }

    @Test
    void tooLittleMemoryExitsOneWithTheViolation() {
        CliRun r = run("mpc", "--protocol", "ema", "--n", "400", "--eps", "0", "--eps-prime",
                "0.5", "--memory-constant", "1.5");
        assertEquals(Main.CHECK_FAILED, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("MPC limit exceeded in round"), r.out());
        assertTrue(r.out().contains("allowed 30"), r.out());
    }

    @Test
    void badInputExitsTwoNamingTheValue() {
        CliRun p = run("mpc", "--protocol", "softmax", "--n", "10", "--eps", "0");
        assertEquals(Main.BAD_INPUT, p.status());
        assertTrue(p.err().contains("--protocol must be one of"), p.err());
        assertTrue(p.err().contains("softmax"), p.err());
        CliRun e = run("mpc", "--protocol", "ema", "--n", "10", "--eps", "0.5", "--eps-prime",
                "0.4");
        assertEquals(Main.BAD_INPUT, e.status());
        assertTrue(e.err().contains("--eps-prime must be in (eps, 1] = (0.5, 1], got 0.4"),
                e.err());
        CliRun k = run("mpc", "--protocol", "khop", "--n", "10", "--eps", "0", "--k", "0");
        assertEquals(Main.BAD_INPUT, k.status());
        assertTrue(k.err().contains("--k must be >= 1, got 0"), k.err());
        assertEquals(Main.BAD_INPUT, run("mpc", "--n", "10", "--eps", "0").status());
        CliRun c = run("mpc", "--protocol", "anna", "--n", "100000", "--eps", "0", "--c", "1.1");
        assertEquals(Main.BAD_INPUT, c.status());
        assertTrue(c.err().contains("--c = 1.1 gives l = N^(3/c^2)"), c.err());
    }

    @Test
    void helpShowsAnExample() {
        CliRun r = run("mpc", "--help");
        assertEquals(Main.OK, r.status());
        assertTrue(r.out().contains("annaref mpc --protocol ema --n 1024"), r.out());
    }
}
