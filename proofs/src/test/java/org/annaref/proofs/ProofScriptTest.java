package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proof script applies the rules automatic mode leaves to the user, and nothing more: with
 * it a count lemma closes, without it the lemma stays open, a false contract stays open with
 * the script as well, and a script whose rule does not apply leaves the proof open.
 */
class ProofScriptTest {
    // Every element of a[lo..hi) is positive, so the count of positive elements there is
    // hi - lo. Automatic mode never applies bsum_lower_bound (an interactive rule).
    private static final String LEMMA = """
            package script;
            public final class Lemma {
                /*@ public normal_behavior
                  @ requires a != null && 0 <= lo && lo <= hi && hi <= a.length;
                  @ requires (\\forall int p; lo <= p && p < hi; a[p] > 0);
                  @ ensures (\\num_of int p; lo <= p && p < hi; a[p] > 0) == hi - lo%s;
                  @ assignable \\strictly_nothing;
                  @*/
                public static void allCounted(int[] a, int lo, int hi) {
                }
            }
            """;
    private static final ProofScript COUNT = new ProofScript("count", """
            auto;
            rule bsum_num_of_bounds;
            rule bsum_lower_bound inst_j="1" occ=0;
            auto;
            """);

    private static ProofResult prove(Path dir, String wrongPart, ProofScript script)
            throws IOException {
        return OneClassProof.prove(dir, "script", "Lemma", String.format(LEMMA, wrongPart),
                "script.Lemma::allCounted(int[],int,int) normal_behavior.0", List.of(), script,
                wrongPart.isEmpty() ? 60_000 : 10_000);
    }

    @Test
    void theScriptClosesTheCountLemmaThatStaysOpenWithoutIt(@TempDir Path dir)
            throws IOException {
        ProofResult without = prove(dir.resolve("without"), "", null);
        assertFalse(without.closed(), "KeY's automation now proves the count by itself;"
                + " this test (and the scripts in proofs/contracts/scripts) may be obsolete");
        assertFalse(without.scripted());
        ProofResult with = prove(dir.resolve("with"), "", COUNT);
        assertTrue(with.closed());
        assertTrue(with.scripted());
    }

    @Test
    void aFalseContractStaysOpenWithTheScript(@TempDir Path dir) throws IOException {
        assertFalse(prove(dir, " - 1", COUNT).closed());
    }

    @Test
    void aScriptWhoseRuleDoesNotApplyLeavesTheProofOpen(@TempDir Path dir) throws IOException {
        ProofScript wrongRule = new ProofScript("wrong", "auto;\nrule seqNPermRight;\nauto;\n");
        ProofResult r = prove(dir, "", wrongRule);
        assertFalse(r.closed());
        assertTrue(r.scripted());
    }
}
