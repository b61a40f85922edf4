package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instantiation hint supplies the one quantifier instance KeY's automation does not pick,
 * and nothing more: with it the instance lemma closes, without it the lemma stays open, and a
 * false contract stays open with the hint as well.
 */
class InstantiationHintTest {
    // For every q, some s has a[q] == b[s]; so also for q := at. The hypothesis' body is an
    // existential (a negated \forall), which KeY's heuristics do not instantiate.
    private static final String LEMMA = """
            package hint;
            public final class Lemma {
                /*@ public normal_behavior
                  @ requires a != null && b != null;
                  @ requires (\\forall int q; 0 <= q && q < a.length;
                  @             !(\\forall int s; 0 <= s && s < b.length; a[q] != b[s]));
                  @ requires 0 <= at && at < a.length;
                  @ ensures !(\\forall int s; 0 <= s && s < b.length; a[at] != b[s]%s);
                  @ assignable \\strictly_nothing;
                  @*/
                public static void instance(int[] a, int[] b, int at) {
                }
            }
            """;

    private static ProofResult prove(Path dir, String wrongPart, List<Instantiation> hints)
            throws IOException {
        Path src = dir.resolve("in/hint");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Lemma.java"), String.format(LEMMA, wrongPart));
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        try (KeyProver prover = KeyProver.load(List.of(dir.resolve("in")), stubs,
                dir.resolve("work"), KeyProver.IGNORING_OVERFLOW, 20_000)) {
            ContractId id = ContractId.parse(
                    "hint.Lemma::instance(int[],int[],int) normal_behavior.0");
            return prover.prove(id, 60_000, Set.of(), hints);
        }
    }

    @Test
    void theHintClosesTheInstanceLemmaThatStaysOpenWithoutIt(@TempDir Path dir)
            throws IOException {
        List<Instantiation> hint = List.of(Instantiation.ofMarker("[instantiate q:=at]"));
        ProofResult without = prove(dir.resolve("without"), "", List.of());
        assertFalse(without.closed(), "KeY's automation now finds the instance by itself;"
                + " this test (and the hints in required.txt) may no longer be needed");
        assertFalse(without.instantiated());
        ProofResult with = prove(dir.resolve("with"), "", hint);
        assertTrue(with.closed());
        assertTrue(with.instantiated());
    }

    @Test
    void aFalseContractStaysOpenWithTheHint(@TempDir Path dir) throws IOException {
        List<Instantiation> hint = List.of(Instantiation.ofMarker("[instantiate q:=at]"));
        ProofResult wrong = prove(dir, " + 1", hint);
        assertFalse(wrong.closed());
    }
}
