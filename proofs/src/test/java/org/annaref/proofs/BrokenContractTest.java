package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner can fail: a wrong contract stays open, and a JML error fails the load. */
class BrokenContractTest {
    private static final String SUM = """
            package broken;
            public final class Sum {
                /*@ public normal_behavior
                  @ requires a != null;
                  @ ensures \\result == (\\sum int k; 0 <= k && k < a.length; a[k]) %s;
                  @*/
                public static int sum(int[] a) {
                    int s = 0;
                    /*@ loop_invariant 0 <= i && i <= a.length
                      @     && s == (\\sum int k; 0 <= k && k < i; a[k]);
                      @ decreases a.length - i;
                      @ assignable \\strictly_nothing;
                      @*/
                    for (int i = 0; i < a.length; i++) {
                        s += a[i];
                    }
                    return s;
                }
            }
            """;

    private static ProofResult proveSum(Path dir, String wrongPart) throws IOException {
        Path src = dir.resolve("in/broken");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Sum.java"), String.format(SUM, wrongPart));
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        try (KeyProver prover = KeyProver.load(List.of(dir.resolve("in")), stubs,
                dir.resolve("work"), KeyProver.IGNORING_OVERFLOW, 20_000)) {
            ContractId id = ContractId.parse("broken.Sum::sum(int[]) normal_behavior.0");
            return prover.prove(id, 60_000);
        }
    }

    @Test
    void aCorrectContractClosesAndAWrongOneStaysOpen(@TempDir Path dir) throws IOException {
        assertTrue(proveSum(dir.resolve("right"), "").closed());
        assertFalse(proveSum(dir.resolve("wrong"), "+ 1").closed());
    }

    @Test
    void aJmlErrorFailsTheLoadWithItsLocation(@TempDir Path dir) {
        KeyLoadException e = assertThrows(KeyLoadException.class,
                () -> proveSum(dir, "+ undefinedName"));
        assertTrue(e.getMessage().contains("undefinedName") || e.getMessage().contains("Sum.java"),
                e.getMessage());
    }
}
