package org.annaref.reference.anna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.annaref.reference.TestMatrices;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/** What an ANNA run reports besides its output: progress, weights on request, names, tables. */
class AnnaRunReportingTest {
    private static final TableParams PARAMS = new TableParams(4, 2, 77L);

    private static Matrix[] instance() {
        SplittableRandom random = new SplittableRandom(404L);
        return new Matrix[] {TestMatrices.uniform("Q", 6, 3, random),
            TestMatrices.uniform("K", 9, 3, random), TestMatrices.uniform("V", 9, 2, random)};
    }

    /** Records every report. */
    private static final class Recorder implements ProgressListener {
        final List<String> reports = new ArrayList<>();

        public void tablesDone(int done, int total) {
            reports.add(done + "/" + total);
        }
    }

    @Test
    void progressIsReportedOnceAfterEachTableInOrder() {
        Matrix[] qkv = instance();
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 3, PARAMS);
        Recorder one = new Recorder();
        new AnnaAlgorithm1(tables).run(qkv[0], qkv[1], qkv[2], false, one);
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), one.reports);
        Recorder two = new Recorder();
        new AnnaAlgorithm2(tables).run(qkv[0], qkv[1], qkv[2], false, two);
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), two.reports);
    }

    @Test
    void weightsAreCollectedOnlyWhenAskedFor() {
        Matrix[] qkv = instance();
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 3, PARAMS);
        AnnaRun without = new AnnaAlgorithm1(tables).run(qkv[0], qkv[1], qkv[2], false);
        assertFalse(without.hasWeights());
        assertNull(without.weights());
        AnnaRun with = new AnnaAlgorithm2(tables).run(qkv[0], qkv[1], qkv[2], true);
        assertTrue(with.hasWeights());
        assertEquals(qkv[0].rows(), with.weights().queries());
    }

    @Test
    void sampleDrawsTheTablesOfTheSamplingRule() {
        Matrix[] qkv = instance();
        HashTables expected = HashTables.sample(new HyperplaneFamily(), 3, PARAMS);
        AnnaAlgorithm1 one = AnnaAlgorithm1.sample(new HyperplaneFamily(), 3, PARAMS);
        AnnaAlgorithm2 two = AnnaAlgorithm2.sample(new HyperplaneFamily(), 3, PARAMS);
        assertEquals(PARAMS.tables(), one.tables().count());
        assertEquals(PARAMS.tables(), two.tables().count());
        Matrix reference = new AnnaAlgorithm1(expected).attend(qkv[0], qkv[1], qkv[2]);
        assertTrue(TestMatrices.bitIdentical(reference, one.attend(qkv[0], qkv[1], qkv[2])));
        assertTrue(TestMatrices.bitIdentical(reference, two.attend(qkv[0], qkv[1], qkv[2])));
        assertSame(expected, new AnnaAlgorithm2(expected).tables());
    }

    @Test
    void namesAreTheCommandLineMechanismNames() {
        HashTables tables = HashTables.sample(new HyperplaneFamily(), 3, PARAMS);
        assertEquals("anna", new AnnaAlgorithm1(tables).name());
        assertEquals("anna-linear-memory", new AnnaAlgorithm2(tables).name());
    }
}
