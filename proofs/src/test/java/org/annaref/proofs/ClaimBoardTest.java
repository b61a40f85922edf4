package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two processes of {@link ProofSession#verify} never prove the same contract twice nor skip
 * one: a position is claimed once, whoever asks first; a fresh board forgets an earlier run; and
 * a lost or doubled result is reported as a problem, not passed over.
 */
class ClaimBoardTest {
    private static final ContractId A = ContractId.parse("spec.A::f(int) normal_behavior.0");
    private static final ContractId B = ContractId.parse("spec.A::g(int) normal_behavior.0");

    @Test
    void eachPositionGoesToExactlyOneOfTwoBoardsOnOneFolder(@TempDir Path dir) throws Exception {
        ClaimBoard mine = ClaimBoard.fresh(dir.resolve("claims"));
        ClaimBoard theirs = ClaimBoard.existing(dir.resolve("claims"));
        List<Integer> taken = new ArrayList<>();
        Thread other = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                if (theirs.claim(i)) {
                    synchronized (taken) {
                        taken.add(i);
                    }
                }
            }
        });
        other.start();
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (mine.claim(i)) {
                own.add(i);
            }
        }
        other.join();
        Set<Integer> all = new TreeSet<>(own);
        all.addAll(taken);
        assertEquals(200, all.size());
        assertEquals(200, own.size() + taken.size(), "a position claimed twice");
        assertFalse(mine.claim(7));
    }

    @Test
    void aFreshBoardForgetsTheClaimsOfAnEarlierRun(@TempDir Path dir) {
        Path folder = dir.resolve("claims");
        assertTrue(ClaimBoard.fresh(folder).claim(0));
        assertTrue(ClaimBoard.fresh(folder).claim(0));
        assertFalse(ClaimBoard.existing(folder).claim(0));
    }

    @Test
    void theChildRefusesAFolderThatWasNotPrepared(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimBoard.existing(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aLostOrDoubledResultIsAProblemAndTheOrderIsTheListsOrder(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("required.txt"), B + "\n" + A + "\n");
        Files.writeString(dir.resolve("assumed.txt"), "");
        ContractLists lists = ContractLists.read(dir);
        ProofResult a = new ProofResult(A, true, 1, 0, 1, KeyProver.CHECKING_OVERFLOW, Set.of());
        ProofResult b = new ProofResult(B, true, 1, 0, 1, KeyProver.IGNORING_OVERFLOW, Set.of());
        List<String> problems = new ArrayList<>();
        assertEquals(List.of(b, a), ProofSession.inListOrder(List.of(a, b), lists, Set.of(A, B),
                problems));
        assertEquals(List.of(), problems);
        ProofSession.inListOrder(List.of(a, a), lists, Set.of(A, B), problems);
        assertEquals(List.of(B + " has 0 proof results, not 1", A + " has 2 proof results, not 1"),
                problems);
    }
}
