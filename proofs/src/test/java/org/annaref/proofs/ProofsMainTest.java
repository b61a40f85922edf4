package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which contracts {@code proofs/prove --only ...} attempts, without KeY. */
class ProofsMainTest {
    private static final ContractId A = ContractId.parse("spec.A::f(int) normal_behavior.0");
    private static final ContractId AB = ContractId.parse("spec.A::g() normal_behavior.0");
    private static final ContractId B = ContractId.parse("spec.B::g() normal_behavior.0");

    @Test
    void underOverflowCheckingOnlyTheTaggedRequiredContractsAreAttempted(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("required.txt"), A + " [overflow-checked]\n" + AB + "\n"
                + B + " [overflow-checked]\n");
        Files.writeString(dir.resolve("assumed.txt"), "");
        ContractLists lists = ContractLists.read(dir);
        List<ContractId> required = List.copyOf(lists.required().keySet());
        assertEquals(List.of(A, AB), ProofsMain.targets(required, lists, List.of("A::"), false,
                false));
        assertEquals(List.of(A), ProofsMain.targets(required, lists, List.of("A::"), false,
                true));
        assertEquals(List.of(A, B), ProofsMain.targets(required, lists, List.of(), false,
                true));
        // --all attempts what it is asked to, tagged or not.
        assertEquals(List.of(A, AB), ProofsMain.targets(required, lists, List.of("A::"), true,
                true));
    }
}
