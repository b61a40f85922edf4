package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * KeY over spec/ and reference/ ({@link ProofSession#verify}, run once): the sources load without
 * a Java or JML error; every contract KeY finds is listed once, in required.txt or assumed.txt;
 * every required contract is proven (under overflow checking where marked); and no proof
 * relies on a contract that is neither proven nor assumed. The report is printed and written to
 * proofs/target/proof-report.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProofsTest {
    private ProofVerdict verdict;

    @BeforeAll
    void verify() throws IOException {
        Path root = Path.of(System.getProperty("annaref.root", "..")).toAbsolutePath().normalize();
        ProofSession session = new ProofSession(root, KeyProver.IGNORING_OVERFLOW,
                ProofSession.DEFAULT_STEPS, ProofSession.DEFAULT_TIMEOUT_SECONDS * 1000L);
        verdict = session.verify(System.out);
        String report = ProofReport.markdown(verdict);
        System.out.println(report);
        Path file = Path.of("target", "proof-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    @Test
    void keyLoadsSpecAndReferenceWithTheirContracts() {
        assertTrue(verdict.known().size() > 150, "KeY found only " + verdict.known().size()
                + " contracts");
        assertTrue(verdict.known().stream().anyMatch(id -> id.type().startsWith("spec.")));
        assertTrue(verdict.known().stream().anyMatch(id -> id.type().startsWith("reference.")));
    }

    @Test
    void everyContractIsListedOnceAsRequiredOrAssumed() {
        assertEquals(List.of(), verdict.listProblems());
    }

    @Test
    void everyRequiredContractIsProven() {
        assertFalse(verdict.results().isEmpty(), "proofs/contracts/required.txt lists no contract");
        List<String> open = verdict.results().stream().filter(r -> !r.closed())
                .map(r -> r.contract() + " (" + r.semantics() + ")").toList();
        assertEquals(List.of(), open, "required contracts left open");
    }

    @Test
    void noProofReliesOnAnUnprovenUnassumedContract() {
        assertEquals(List.of(), verdict.dependencyProblems());
    }
}
