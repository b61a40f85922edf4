package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules on required.txt and assumed.txt, and on proof dependencies, without KeY. */
class ContractListsTest {
    private static final ContractId A = ContractId.parse("spec.A::f(int) normal_behavior.0");
    private static final ContractId B = ContractId.parse("spec.B::g() normal_behavior.0");
    private static final ContractId C = ContractId.parse("spec.C::h(int[]) exceptional_behavior.0");
    private static final ContractId D = ContractId.parse("spec.D::k(long[],int) normal_behavior.0");

    private static ContractLists lists(Path dir, String required, String assumed)
            throws IOException {
        Files.writeString(dir.resolve("required.txt"), required);
        Files.writeString(dir.resolve("assumed.txt"), assumed);
        return ContractLists.read(dir);
    }

    @Test
    void parsesIdsTagsAndReasons(@TempDir Path dir) throws IOException {
        ContractLists l = lists(dir, "# comment\n" + A + "\n" + B + " [overflow-checked]\n"
                + D + " [queries-off] [overflow-checked]\n",
                C + " -- floating point: runtime-checked\n");
        assertEquals(Set.of(), l.tags(A));
        assertEquals(Set.of(ProofTag.OVERFLOW_CHECKED), l.tags(B));
        assertEquals(Set.of(ProofTag.QUERIES_OFF, ProofTag.OVERFLOW_CHECKED), l.tags(D));
        assertEquals(Set.of(), l.tags(C));
        assertEquals("floating point: runtime-checked", l.assumed().get(C));
        assertEquals(List.of(), l.problems(Set.of(A, B, C, D)));
    }

    @Test
    void parsesInstantiationHintsNextToTags(@TempDir Path dir) throws IOException {
        ContractLists l = lists(dir, A + " [instantiate q:=at] [overflow-checked]\n"
                + B + " [queries-off]\n", "");
        assertEquals(List.of(new Instantiation("q", "at")), l.instantiations(A));
        assertEquals(Set.of(ProofTag.OVERFLOW_CHECKED), l.tags(A));
        assertEquals(List.of(), l.instantiations(B));
        assertEquals("instantiate var=\"q\" with=\"at\";",
                l.instantiations(A).get(0).scriptCommand());
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> lists(dir, A + " [instantiate q = at]\n", ""));
        assertTrue(malformed.getMessage().contains("malformed instantiation"),
                malformed.getMessage());
        IllegalArgumentException stray = assertThrows(IllegalArgumentException.class,
                () -> lists(dir, A + " [queries-off] fast\n", ""));
        assertTrue(stray.getMessage().contains("not a [tag]: 'fast'"), stray.getMessage());
    }

    @Test
    void readsProofScriptsFromTheScriptsFolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts/count.script"),
                "// why\nauto;\nrule bsum_num_of_bounds;\n");
        ContractLists l = lists(dir, A + " [script count] [overflow-checked]\n" + B + "\n", "");
        assertEquals(new ProofScript("count", "\nauto;\nrule bsum_num_of_bounds;\n"), l.script(A));
        assertEquals(Set.of(ProofTag.OVERFLOW_CHECKED), l.tags(A));
        assertEquals(null, l.script(B));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> lists(dir, A + " [script nothere]\n", ""));
        assertTrue(missing.getMessage().contains("no such script file"), missing.getMessage());
        Files.writeString(dir.resolve("scripts/blank.script"), "// only a comment\n\n");
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> lists(dir, A + " [script blank]\n", ""));
        assertTrue(empty.getMessage().contains("the script is empty"), empty.getMessage());
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> lists(dir, A + " [script ../count]\n", ""));
        assertTrue(malformed.getMessage().contains("malformed script reference"),
                malformed.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> lists(dir, A + " [script count] [script count]\n", ""));
        assertTrue(twice.getMessage().contains("more than one [script]"), twice.getMessage());
    }

    @Test
    void parsesDependencyContractIds() {
        ContractId d = ContractId.parse("spec.Matrix::get(int,int) accessible.0");
        assertEquals("accessible.0", d.behavior());
        assertEquals("spec.Matrix::get(int,int) accessible.0", d.toString());
        assertThrows(IllegalArgumentException.class,
                () -> ContractId.parse("spec.Matrix::get(int,int) readable.0"));
    }

    @Test
    void parsesModelMethodContractIds() {
        String text = "reference.index.TupleGroups::areRuns(long[],int,int[],int[],\\bigint)"
                + " model_behavior.0";
        ContractId m = ContractId.parse(text);
        assertEquals("model_behavior.0", m.behavior());
        assertEquals(text, m.toString());
    }

    @Test
    void reportsUnlistedUnknownAndDoublyListedContracts(@TempDir Path dir) throws IOException {
        ContractLists l = lists(dir, A + "\n", A + " -- also assumed\n");
        List<String> problems = l.problems(Set.of(A, B));
        assertTrue(problems.contains("listed both as required and as assumed: " + A), problems.toString());
        assertTrue(problems.contains("in neither required.txt nor assumed.txt: " + B), problems.toString());
        List<String> unknown = lists(dir, C + "\n", "").problems(Set.of(C, A));
        assertTrue(lists(dir, B + "\n", "").problems(Set.of(A)).get(0).contains("does not know"));
        assertEquals(1, unknown.size());
    }

    @Test
    void rejectsMalformedLines(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> lists(dir, "", C + "\n"));
        assertThrows(IllegalArgumentException.class, () -> lists(dir, A + "\n" + A + "\n", ""));
        IllegalArgumentException unknownTag = assertThrows(IllegalArgumentException.class,
                () -> lists(dir, A + " [fast]\n", ""));
        assertTrue(unknownTag.getMessage().contains("unknown tag '[fast]'"), unknownTag.getMessage());
        assertTrue(unknownTag.getMessage().contains("[queries-off]"), unknownTag.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lists(dir, "not an id\n", ""));
    }

    @Test
    void aProofMayRelyOnlyOnProvenAssumedOrLibraryContracts(@TempDir Path dir)
            throws IOException {
        ContractLists l = lists(dir, A + "\n" + B + "\n", C + " -- assumed\n");
        ProofResult usesAssumed = new ProofResult(A, true, 10, 0, 1, KeyProver.IGNORING_OVERFLOW,
                Set.of(C, ContractId.library("java.lang.Object::<init>")));
        ProofResult openB = new ProofResult(B, false, 10, 3, 1, KeyProver.IGNORING_OVERFLOW,
                Set.of());
        assertEquals(List.of(), ProofSession.dependencyProblems(List.of(usesAssumed, openB), l));
        ProofResult usesOpen = new ProofResult(A, true, 10, 0, 1, KeyProver.IGNORING_OVERFLOW,
                Set.of(B));
        List<String> problems = ProofSession.dependencyProblems(List.of(usesOpen, openB), l);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("relies on " + B), problems.get(0));
    }
}
