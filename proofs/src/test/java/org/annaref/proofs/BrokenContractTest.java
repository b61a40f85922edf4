package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner can fail: a wrong contract stays open, and a JML error fails the load. */
class BrokenContractTest {
    // A summing method named %1$s whose ensures adds %2$s to the sum.
    private static final String SUM_METHOD = """
                /*@ public normal_behavior
                  @ requires a != null;
                  @ ensures \\result == (\\sum int k; 0 <= k && k < a.length; a[k])%2$s;
                  @*/
                public static int %1$s(int[] a) {
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
            """;
    // sum is right; wrongSum claims one more than the sum, which is false.
    private static final String SUM = "package broken;\npublic final class Sum {\n"
            + String.format(SUM_METHOD, "sum", "") + String.format(SUM_METHOD, "wrongSum", " + 1")
            + "}\n";

    @Test
    void aCorrectContractClosesAndAWrongOneStaysOpen(@TempDir Path dir) throws IOException {
        try (KeyProver prover = OneClassProof.load(dir, "broken", "Sum", SUM,
                KeyProver.IGNORING_OVERFLOW)) {
            assertTrue(prover.prove(ContractId.parse("broken.Sum::sum(int[]) normal_behavior.0"),
                    60_000, Set.of()).closed());
            assertFalse(prover.prove(ContractId.parse(
                    "broken.Sum::wrongSum(int[]) normal_behavior.0"), 60_000, Set.of()).closed());
        }
    }

    /**
     * A copy of the project's own sources with one required contract made false (the weight
     * bound's ensures strengthened by + 1): the same runner that proves the original, with the
     * strategy tags required.txt gives it, must report the copy open. The copy is of spec/ only,
     * where the weight bound and everything it calls live (reference/ builds on spec/, not the
     * other way round), which keeps KeY's loading short.
     */
    @Test
    void aMutatedCopyOfAProjectMethodIsReportedOpen(@TempDir Path dir) throws IOException {
        Path root = Path.of(System.getProperty("annaref.root", "..")).toAbsolutePath().normalize();
        Path spec = dir.resolve("spec");
        copy(root.resolve("spec/src/main/java"), spec);
        Path weightBound = spec.resolve("org/annaref/spec/WeightBound.java");
        String original = Files.readString(weightBound);
        String ensures = "((\\bigint) (counts.length - 1) * tables + 1) >= \\result;";
        assertTrue(original.contains(ensures), "the weight-bound ensures clause was not found;"
                + " update this test with the contract's wording");
        Files.writeString(weightBound, original.replace(ensures,
                "((\\bigint) (counts.length - 1) * tables + 1) >= \\result + 1;"));
        ContractId id = ContractId.parse(
                "spec.WeightBound::collisionTotal(int[],int,int) normal_behavior.0");
        Set<ProofTag> tags = ContractLists.read(root.resolve("proofs/contracts")).tags(id);
        assertTrue(tags.contains(ProofTag.OVERFLOW_CHECKED), "required.txt no longer lists "
                + id + " as overflow-checked; update this test");
        try (KeyProver prover = KeyProver.load(List.of(spec),
                root.resolve("proofs/src/main/keystubs"), dir.resolve("work"),
                KeyProver.CHECKING_OVERFLOW, ProofSession.DEFAULT_STEPS)) {
            ProofResult mutated = prover.prove(id, 120_000, tags);
            assertFalse(mutated.closed(), "the mutated weight bound must not be provable");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void aJmlErrorFailsTheLoadWithItsLocation(@TempDir Path dir) {
        KeyLoadException e = assertThrows(KeyLoadException.class,
                () -> OneClassProof.load(dir, "broken", "Sum", SUM.replace("a[k]) + 1;",
                        "a[k]) + undefinedName;"), KeyProver.IGNORING_OVERFLOW));
        assertTrue(e.getMessage().contains("undefinedName") || e.getMessage().contains("Sum.java"),
                e.getMessage());
    }
}
