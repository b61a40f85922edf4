package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child pass that fails never loses its results silently: a non-zero exit, or a results file
 * that is missing or garbled, is an exception naming the exit code and the child's last output.
 * Shell commands stand in for the child JVM (no KeY).
 */
class ChildPassTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);

    private List<ProofResult> run(Path results, String script) {
        try (ChildPass child = ChildPass.start(List.of("/bin/sh", "-c", script), results,
                "[child] ", log)) {
            return child.results();
        }
    }

    @Test
    void forwardsOutputAndReturnsTheResults(@TempDir Path dir) {
        Path results = dir.resolve("results.txt");
        ProofResult r = new ProofResult(ContractId.parse("spec.A::f(int) normal_behavior.0"),
                true, 10, 0, 20, KeyProver.CHECKING_OVERFLOW, Set.of());
        ResultsFile.write(dir.resolve("prepared.txt"), List.of(r));
        assertEquals(List.of(r), run(results, "echo '[1/1] proven'; echo oops >&2; cp "
                + dir.resolve("prepared.txt") + " " + results));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("[child] [1/1] proven\n"), text);
        assertTrue(text.contains("[child] oops\n"), text);
    }

    @Test
    void aNonZeroExitFailsWithTheExitCodeAndTheLastLines(@TempDir Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run(dir.resolve("results.txt"), "echo started; echo OutOfMemoryError >&2;"
                        + " exit 3"));
        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("started\nOutOfMemoryError"), e.getMessage());
    }

    @Test
    void aMissingOrGarbledResultsFileFails(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results.txt");
        Files.writeString(results, "stale\n");
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> run(results, "echo did nothing"));
        assertTrue(missing.getMessage().contains("exited with code 0, but its results"),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("did nothing"), missing.getMessage());
        IllegalStateException garbled = assertThrows(IllegalStateException.class,
                () -> run(results, "echo half > " + results));
        assertTrue(garbled.getMessage().contains("results.txt:1: expected at least 9"),
                garbled.getMessage());
    }
}
