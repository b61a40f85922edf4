package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two integer semantics differ where they must: an int sum that can overflow is proven
 * ignoring overflow and stays open under overflow checking, and with bounds in its
 * precondition it is proven under overflow checking too. Without this, a runner that silently
 * kept KeY's default semantics would report every "[overflow-checked]" contract proven. The
 * same holds for a view with the other semantics of one loading ({@link KeyProver#under}).
 */
class OverflowSemanticsTest {
    private static final String ADD = """
            package overflow;
            public final class Add {
                /*@ public normal_behavior
                  @ ensures \\result == a + b;
                  @*/
                public static int add(int a, int b) {
                    return a + b;
                }

                /*@ public normal_behavior
                  @ requires 0 <= a && a <= 1000 && 0 <= b && b <= 1000;
                  @ ensures \\result == a + b;
                  @*/
                public static int boundedAdd(int a, int b) {
                    return a + b;
                }
            }
            """;
    private static final ContractId ADD_ID =
            ContractId.parse("overflow.Add::add(int,int) normal_behavior.0");
    private static final ContractId BOUNDED_ID =
            ContractId.parse("overflow.Add::boundedAdd(int,int) normal_behavior.0");

    @Test
    void anUnboundedSumIsProvenIgnoringOverflowOnly(@TempDir Path dir) throws IOException {
        try (KeyProver ignoring = OneClassProof.load(dir.resolve("ignoring"), "overflow", "Add",
                ADD, KeyProver.IGNORING_OVERFLOW)) {
            assertTrue(ignoring.prove(ADD_ID, 60_000, Set.of()).closed());
        }
        try (KeyProver checking = OneClassProof.load(dir.resolve("checking"), "overflow", "Add",
                ADD, KeyProver.CHECKING_OVERFLOW)) {
            ProofResult unbounded = checking.prove(ADD_ID, 60_000, Set.of());
            assertFalse(unbounded.closed(), "a + b for any ints was proven free of overflow");
            assertTrue(checking.prove(BOUNDED_ID, 60_000, Set.of()).closed());
            // The view ProofSession.verify proves the ignoring-overflow contracts with: the
            // same loading, the other semantics, and it leaves the loading usable.
            try (KeyProver view = checking.under(KeyProver.IGNORING_OVERFLOW)) {
                ProofResult viewed = view.prove(ADD_ID, 60_000, Set.of());
                assertTrue(viewed.closed(), "the ignoring-overflow view kept overflow checking");
                assertEquals(KeyProver.IGNORING_OVERFLOW, viewed.semantics());
            }
            assertFalse(checking.prove(ADD_ID, 60_000, Set.of()).closed(),
                    "making the view changed the loaded semantics");
        }
    }
}
