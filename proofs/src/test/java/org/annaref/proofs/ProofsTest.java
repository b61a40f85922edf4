package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * KeY over spec/ and reference/: the sources load without a Java or JML error, and every
 * contract of proofs/contracts/required.txt is proven. The table is printed and written to
 * proofs/target/proof-report.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProofsTest {
    private ProofSession session;
    private KeyProver prover;

    @BeforeAll
    void load() {
        Path root = Path.of(System.getProperty("annaref.root", "..")).toAbsolutePath().normalize();
        session = new ProofSession(root, KeyProver.IGNORING_OVERFLOW, ProofSession.DEFAULT_STEPS,
                ProofSession.DEFAULT_TIMEOUT_SECONDS * 1000L);
        prover = session.load();
    }

    @AfterAll
    void dispose() {
        if (prover != null) {
            prover.close();
        }
    }

    @Test
    void keyLoadsSpecAndReferenceWithTheirContracts() {
        Map<ContractId, ?> contracts = prover.contracts();
        assertTrue(contracts.size() > 150, "KeY found only " + contracts.size() + " contracts");
        assertTrue(contracts.keySet().stream().anyMatch(id -> id.type().startsWith("spec.")));
        assertTrue(contracts.keySet().stream().anyMatch(id -> id.type().startsWith("reference.")));
    }

    @Test
    void everyRequiredContractIsProven() throws IOException {
        Map<ContractId, String> required = session.lists().required();
        assertFalse(required.isEmpty(), "proofs/contracts/required.txt lists no contract");
        List<ContractId> missing = new ArrayList<>();
        for (ContractId id : required.keySet()) {
            if (!prover.contracts().containsKey(id)) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "required contracts KeY does not know (renamed?)");
        List<ProofResult> results = session.prove(prover, new ArrayList<>(required.keySet()),
                System.out);
        String table = ProofReport.table(results);
        System.out.println(table);
        Path report = Path.of("target", "proof-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
        List<ContractId> open = results.stream().filter(r -> !r.closed())
                .map(ProofResult::contract).toList();
        assertEquals(List.of(), open, "required contracts left open");
    }
}
