package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
                  @ ensures !(\\forall int s; 0 <= s && s < b.length%s; a[at] != b[s]);
                  @ assignable \\strictly_nothing;
                  @*/
                public static void instance(int[] a, int[] b, int at) {
                }
            }
            """;

    // The true lemma closes in about a second with the hint. A false contract can never
    // close, so its attempt gets 10 s (after the instance, KeY searches until the time limit).
    private static ProofResult prove(Path dir, String wrongPart, List<Instantiation> hints)
            throws IOException {
        return OneClassProof.prove(dir, "hint", "Lemma", String.format(LEMMA, wrongPart),
                "hint.Lemma::instance(int[],int[],int) normal_behavior.0", hints,
                wrongPart.isEmpty() ? 60_000 : 10_000);
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
        ProofResult wrong = prove(dir, " - 1", hint);
        assertFalse(wrong.closed());
    }
}
