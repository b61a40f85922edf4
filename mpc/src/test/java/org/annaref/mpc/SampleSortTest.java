package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.MpcConfig;
import org.annaref.reference.mpc.MpcLimitException;
import org.annaref.reference.mpc.MpcSimulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample sort against a local sort, over sizes, memories and key alphabets. */
class SampleSortTest {
    /**
     * Emits the input items of the first machines, item i at position i. Items are records
     * padded with 3 words, so that a machine can send all its records with frame headers.
     */
    record RawEmitter(int width, int perMachine, int inputMachines) implements SampleSort.Emitter {
        @Override
        public SampleSort.Emission emit(int machine, LocalMemory memory) {
            if (machine >= inputMachines) {
                return SampleSort.Emission.NONE;
            }
            int items = memory.size() / (width + 3);
            long[] words = new long[items * width];
            for (int i = 0; i < items; i++) {
                for (int t = 0; t < width; t++) {
                    words[i * width + t] = memory.word(i * (width + 3) + t);
                }
            }
            return new SampleSort.Emission(words, (long) machine * perMachine);
        }
    }

    static long[] randomRecords(RecordFormat f, int n, int alphabet, long seed) {
        Random rng = new Random(seed);
        long[] recs = new long[n * f.width()];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < f.keyWords(); t++) {
                recs[i * f.width() + t] = rng.nextInt(alphabet) - alphabet / 2;
            }
            recs[i * f.width() + f.keyWords()] = i;
            for (int t = 0; t < f.payloadWords(); t++) {
                recs[i * f.width() + f.keyWords() + 1 + t] = rng.nextLong();
            }
        }
        return recs;
    }

    /** Runs the sort; returns the concatenation of the region's sorted records. */
    static long[] mpcSort(RecordFormat f, long[] recs, int s, SampleSort.Outcome[] outcome) {
        int n = recs.length / f.width();
        SortPlan plan = SortPlan.of(s, f, n);
        int padded = f.width() + 3;
        int perInput = s / padded;
        int inputMachines = (n + perInput - 1) / perInput;
        int base = inputMachines;
        long[] input = new long[n * padded];
        for (int i = 0; i < n; i++) {
            System.arraycopy(recs, i * f.width(), input, i * padded, f.width());
        }
        MpcSimulator sim = new MpcSimulator(new MpcConfig(input.length,
                (int) (base + plan.machines()), s));
        sim.loadInput(input, padded);
        outcome[0] = SampleSort.run(sim, plan, base, new RawEmitter(f.width(), perInput,
                inputMachines));
        long[] out = new long[recs.length];
        int at = 0;
        for (int x = 0; x < plan.machines(); x++) {
            long[] mine = SampleSort.sortedRecords(Frames.parse(sim.memory(base + x)), f);
            assertTrue(mine.length <= plan.perMachine() * f.width());
            assertEquals(Math.min(plan.perMachine(), n - (long) x * plan.perMachine()),
                    mine.length / f.width(), "machine " + x + " holds its ranks");
            System.arraycopy(mine, 0, out, at, mine.length);
            at += mine.length;
        }
        assertEquals(recs.length, at);
        assertTrue(sim.statistics().maxHeld() <= s);
        assertEquals(plan.rounds(outcome[0].levels()), outcome[0].rounds());
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 50, 4, 160", "1, 1, 3000, 1000000, 160", "2, 2, 2000, 3, 300",
        "1, 0, 5000, 7, 200", "3, 1, 1000, 2, 400", "1, 1, 1, 5, 160", "1, 2, 777, 100, 1000",
        "1, 1, 20000, 50, 256"})
    void sortsLikeALocalSort(int keyWords, int payload, int n, int alphabet, int s) {
        RecordFormat f = new RecordFormat(keyWords, payload);
        long[] recs = randomRecords(f, n, alphabet, 31L * n + s);
        SampleSort.Outcome[] outcome = new SampleSort.Outcome[1];
        long[] sorted = mpcSort(f, recs, s, outcome);
        assertArrayEquals(f.sorted(recs), sorted);
    }

    @ParameterizedTest
    @CsvSource({"40", "60"})
    void tooLittleMemoryFailsWithTheViolation(int s) {
        RecordFormat f = new RecordFormat(2, 2);
        long[] recs = randomRecords(f, 3000, 10, 5);
        MpcLimitException e = assertThrows(MpcLimitException.class,
                () -> mpcSort(f, recs, s, new SampleSort.Outcome[1]));
        assertTrue(e.getMessage().contains("allowed " + s), e.getMessage());
    }
}
