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
        return OneClassProof.prove(dir, "broken", "Sum", String.format(SUM, wrongPart),
                "broken.Sum::sum(int[]) normal_behavior.0", List.of(), 60_000);
    }

    @Test
    void aCorrectContractClosesAndAWrongOneStaysOpen(@TempDir Path dir) throws IOException {
        assertTrue(proveSum(dir.resolve("right"), "").closed());
        assertFalse(proveSum(dir.resolve("wrong"), "+ 1").closed());
    }

    /**
     * A copy of the project's own sources with one required contract made false (the weight
     * bound's ensures strengthened by + 1): the same runner that proves the original must report
     * the copy open.
     */
    @Test
    void aMutatedCopyOfAProjectMethodIsReportedOpen(@TempDir Path dir) throws IOException {
        Path root = Path.of(System.getProperty("annaref.root", "..")).toAbsolutePath().normalize();
        Path spec = dir.resolve("spec");
        Path reference = dir.resolve("reference");
        copy(root.resolve("spec/src/main/java"), spec);
        copy(root.resolve("reference/src/main/java"), reference);
        Path weightBound = spec.resolve("org/annaref/spec/WeightBound.java");
        String original = Files.readString(weightBound);
        String ensures = "((\\bigint) (counts.length - 1) * tables + 1) >= \\result;";
        assertTrue(original.contains(ensures), "the weight-bound ensures clause was not found;"
                + " update this test with the contract's wording");
        Files.writeString(weightBound, original.replace(ensures,
                "((\\bigint) (counts.length - 1) * tables + 1) >= \\result + 1;"));
        try (KeyProver prover = KeyProver.load(List.of(spec, reference),
                root.resolve("proofs/src/main/keystubs"), dir.resolve("work"),
                KeyProver.IGNORING_OVERFLOW, ProofSession.DEFAULT_STEPS)) {
            ProofResult mutated = prover.prove(ContractId.parse(
                    "spec.WeightBound::collisionTotal(int[],int,int) normal_behavior.0"), 120_000, Set.of());
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
                () -> proveSum(dir, "+ undefinedName"));
        assertTrue(e.getMessage().contains("undefinedName") || e.getMessage().contains("Sum.java"),
                e.getMessage());
    }
}
