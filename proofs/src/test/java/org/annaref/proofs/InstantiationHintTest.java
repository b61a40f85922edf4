package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instantiation hint supplies the one quantifier instance KeY's automation does not pick,
 * and nothing more: with it the instance lemma closes, without it the lemma stays open, and a
 * false contract stays open with the hint as well.
 */
class InstantiationHintTest {
    // For every q, some s has a[q] == b[s]; so also for q := at. The hypothesis' body is an
    // existential (a negated \forall), which KeY's heuristics do not instantiate. The second
    // method claims the same for b without its last element, which does not follow.
    private static final String LEMMA = """
            package hint;
            public final class Lemma {
                /*@ public normal_behavior
                  @ requires a != null && b != null;
                  @ requires (\\forall int q; 0 <= q && q < a.length;
                  @             !(\\forall int s; 0 <= s && s < b.length; a[q] != b[s]));
                  @ requires 0 <= at && at < a.length;
                  @ ensures !(\\forall int s; 0 <= s && s < b.length; a[at] != b[s]);
                  @ assignable \\strictly_nothing;
                  @*/
                public static void instance(int[] a, int[] b, int at) {
                }

                /*@ public normal_behavior
                  @ requires a != null && b != null;
                  @ requires (\\forall int q; 0 <= q && q < a.length;
                  @             !(\\forall int s; 0 <= s && s < b.length; a[q] != b[s]));
                  @ requires 0 <= at && at < a.length;
                  @ ensures !(\\forall int s; 0 <= s && s < b.length - 1; a[at] != b[s]);
                  @ assignable \\strictly_nothing;
                  @*/
                public static void wrongInstance(int[] a, int[] b, int at) {
                }
            }
            """;
    private static final List<Instantiation> HINT =
            List.of(Instantiation.ofMarker("[instantiate q:=at]"));

    @TempDir
    static Path dir;
    private static KeyProver prover;

    @BeforeAll
    static void load() throws IOException {
        prover = OneClassProof.load(dir, "hint", "Lemma", LEMMA, KeyProver.IGNORING_OVERFLOW);
    }

    @AfterAll
    static void close() {
        prover.close();
    }

    // The true lemma closes in about a second with the hint. A false contract can never
    // close: after the instance, KeY searches until the time limit, so it gets 4 s.
    private static ProofResult prove(String method, List<Instantiation> hints) {
        return prover.prove(ContractId.parse("hint.Lemma::" + method
                + "(int[],int[],int) normal_behavior.0"), method.equals("instance") ? 60_000
                        : 4_000, Set.of(), hints, null);
    }

    @Test
    void theHintClosesTheInstanceLemmaThatStaysOpenWithoutIt() {
        ProofResult without = prove("instance", List.of());
        assertFalse(without.closed(), "KeY's automation now finds the instance by itself;"
                + " this test (and the hints in required.txt) may no longer be needed");
        assertFalse(without.instantiated());
        ProofResult with = prove("instance", HINT);
        assertTrue(with.closed());
        assertTrue(with.instantiated());
    }

    @Test
    void aFalseContractStaysOpenWithTheHint() {
        ProofResult wrong = prove("wrongInstance", HINT);
        assertTrue(wrong.instantiated(), "the hint was not applied within the time budget,"
                + " so this test would not show that it cannot close a false contract");
        assertFalse(wrong.closed());
    }
}
