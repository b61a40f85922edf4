package org.annaref.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results a child JVM's pass hands back ({@link ResultsFile}), without KeY. */
class ResultsFileTest {
    private static final ContractId A = ContractId.parse(
            "spec.WeightBound::collisionTotal(int[],int,int) normal_behavior.0");
    private static final ContractId B = ContractId.parse(
            "reference.anna.AnnaAlgorithm1::attend(spec.Matrix,spec.Matrix,spec.Matrix)"
                    + " behavior.0@spec.Attention");
    private static final ContractId C = ContractId.parse("spec.Matrix::get(int,int) accessible.0");
    private static final ContractId LIB = ContractId.library(
            "java.lang.Math[java.lang.Math::abs(int)].JML normal_behavior operation contract.0");

    @Test
    void libraryIdsRoundTripThroughParseAny() {
        assertEquals(LIB, ContractId.parseAny(LIB.toString()));
        assertEquals(B, ContractId.parseAny(B.toString()));
        assertThrows(IllegalArgumentException.class, () -> ContractId.parse(LIB.toString()));
    }

    @Test
    void resultsRoundTrip(@TempDir Path dir) throws IOException {
        List<ProofResult> results = List.of(
                new ProofResult(A, true, 1234, 0, 5678, KeyProver.CHECKING_OVERFLOW,
                        Set.of(C, B, LIB, ContractId.library("java.lang.Object::<init>")), true,
                        false, true),
                new ProofResult(B, false, 99, 3, 300_000, KeyProver.CHECKING_OVERFLOW, Set.of()),
                new ProofResult(B, true, 99, 0, 300, KeyProver.IGNORING_OVERFLOW, Set.of(), false,
                        true, false),
                new ProofResult(C, true, 7, 0, 1, KeyProver.IGNORING_OVERFLOW, Set.of(A)));
        Path file = dir.resolve("results.txt");
        ResultsFile.write(file, results);
        assertEquals(results, ResultsFile.read(file));
        ResultsFile.write(file, List.of());
        assertEquals(List.of(), ResultsFile.read(file));
    }

    @Test
    void aMissingTruncatedOrGarbledFileIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results.txt");
        assertThrows(NoSuchFileException.class, () -> ResultsFile.read(file));
        ResultsFile.write(file, List.of(new ProofResult(A, true, 1, 0, 1,
                KeyProver.CHECKING_OVERFLOW, Set.of(C))));
        String whole = Files.readString(file);
        String firstLine = whole.substring(0, whole.indexOf('\n') + 1);
        assertInvalid(file, firstLine, "incomplete");
        assertInvalid(file, "", "incomplete");
        assertInvalid(file, firstLine + "end\t2\n", "end line");
        assertInvalid(file, whole + firstLine, "end line");
        assertInvalid(file, firstLine.replace("\ttrue\t", "\tyes\t") + "end\t1\n", ":1:");
        assertInvalid(file, firstLine.replace("\t1\t", "\tmany\t") + "end\t1\n", ":1:");
        assertInvalid(file, "garbage\nend\t1\n", ":1:");
    }

    private static void assertInvalid(Path file, String content, String expected)
            throws IOException {
        Files.writeString(file, content);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultsFile.read(file), content);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
