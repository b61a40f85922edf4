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
 * A proof script applies the rules automatic mode leaves to the user, and nothing more: with
 * it a count lemma closes, without it the lemma stays open, a false contract stays open with
 * the script as well, and a script whose rule does not apply leaves the proof open.
 */
class ProofScriptTest {
    // Every element of a[lo..hi) is positive, so the count of positive elements there is
    // hi - lo. Automatic mode never applies bsum_lower_bound (an interactive rule). The second
    // method claims one less, which is false.
    private static final String LEMMA = """
            package script;
            public final class Lemma {
                /*@ public normal_behavior
                  @ requires a != null && 0 <= lo && lo <= hi && hi <= a.length;
                  @ requires (\\forall int p; lo <= p && p < hi; a[p] > 0);
                  @ ensures (\\num_of int p; lo <= p && p < hi; a[p] > 0) == hi - lo;
                  @ assignable \\strictly_nothing;
                  @*/
                public static void allCounted(int[] a, int lo, int hi) {
                }

                /*@ public normal_behavior
                  @ requires a != null && 0 <= lo && lo <= hi && hi <= a.length;
                  @ requires (\\forall int p; lo <= p && p < hi; a[p] > 0);
                  @ ensures (\\num_of int p; lo <= p && p < hi; a[p] > 0) == hi - lo - 1;
                  @ assignable \\strictly_nothing;
                  @*/
                public static void wrongCount(int[] a, int lo, int hi) {
                }
            }
            """;
    private static final ProofScript COUNT = new ProofScript("count", """
            auto;
            rule bsum_num_of_bounds;
            rule bsum_lower_bound inst_j="1" occ=0;
            auto;
            """);

    @TempDir
    static Path dir;
    private static KeyProver prover;

    @BeforeAll
    static void load() throws IOException {
        prover = OneClassProof.load(dir, "script", "Lemma", LEMMA, KeyProver.IGNORING_OVERFLOW);
    }

    @AfterAll
    static void close() {
        prover.close();
    }

    // A false contract can never close; it gets 4 s after the script.
    private static ProofResult prove(String method, ProofScript script) {
        return prover.prove(ContractId.parse("script.Lemma::" + method
                + "(int[],int,int) normal_behavior.0"), method.equals("allCounted") ? 60_000
                        : 4_000, Set.of(), List.of(), script);
    }

    @Test
    void theScriptClosesTheCountLemmaThatStaysOpenWithoutIt() {
        ProofResult without = prove("allCounted", null);
        assertFalse(without.closed(), "KeY's automation now proves the count by itself;"
                + " this test (and the scripts in proofs/contracts/scripts) may be obsolete");
        assertFalse(without.scripted());
        ProofResult with = prove("allCounted", COUNT);
        assertTrue(with.closed());
        assertTrue(with.scripted());
    }

    @Test
    void aFalseContractStaysOpenWithTheScript() {
        ProofResult wrong = prove("wrongCount", COUNT);
        assertTrue(wrong.scripted());
        assertFalse(wrong.closed());
    }

    @Test
    void aScriptWhoseRuleDoesNotApplyLeavesTheProofOpen() {
        ProofScript wrongRule = new ProofScript("wrong", "auto;\nrule seqNPermRight;\nauto;\n");
        ProofResult r = prove("allCounted", wrongRule);
        assertFalse(r.closed());
        assertTrue(r.scripted());
    }
}
