package org.annaref.mpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.annaref.reference.mpc.MpcLimitException;
import org.annaref.reference.mpc.MpcStatistics;
import org.junit.jupiter.api.Test;

/**
 * Sweeps N, eps and eps' (eps = 0: one-word items, m = 1; eps = 0.25 with eps' = 0.75: items of
 * m = N^0.25 words; s = 16 N^eps') for every protocol and
 * prints rounds, machines and memory against the theorems' bounds (the README's table). Every
 * run that completes must agree with its reference, stay within s and take exactly the rounds
 * its plan predicts; a run may instead stop with a limit violation only when s &lt; 512 (too
 * little memory for the sample sort's d = 2 plan), never with a wrong answer.
 */
class MpcSweepTest {
    private static final String HEADER =
            "%-8s %5s %4s %5s %5s %3s %4s %7s %6s %9s %11s %9s %12s %8s %5s %5s%n";
    private static final String ROW =
            "%-8s %5d %4.2f %5.2f %5d %3d %4d %7d %6d %9.2f %11.1f %9d %12.1f %8.2f %5d %5d%n";
    private static final double[][] EXPONENTS = {{0.0, 0.5}, {0.0, 0.75}, {0.25, 0.75}};

    @Test
    void sweepAgreesAndPrintsTheTable() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, HEADER, "protocol",
                "N", "eps", "eps'", "s", "m", "l", "rounds", "levels", "1/(e'-e)", "rounds/that", "machines",
                "N^(1+e-e')*", "q/that", "held", "sent"));
        int completed = 0;
        for (String protocol : MpcCase.PROTOCOLS) {
            for (int n : new int[] {256, 1024, 4096}) {
                for (double[] exponents : EXPONENTS) {
                    double epsPrime = exponents[1];
                    MpcCase c = new MpcCase(protocol, n, exponents[0], epsPrime, 6, 3.0, 3, 16.0,
                            20261124L);
                    int l = protocol.equals("anna") ? c.tables() : 1;
                    MpcCase.Outcome o;
                    try {
                        o = c.run();
                    } catch (MpcLimitException e) {
                        assertTrue(c.memory() < 512, protocol + " N=" + n + ": " + e.getMessage());
                        table.append(String.format(Locale.ROOT,
                                "%-8s %5d %4.2f %5.2f %5d %3d %4d  %s%n", protocol, n, c.eps(),
                                epsPrime, c.memory(), c.width(), l, e.getMessage()));
                        continue;
                    }
                    assertTrue(o.agrees(), protocol + " N=" + n + ": " + o.mismatches()
                            + " rows differ from " + o.reference());
                    MpcStatistics st = o.run().statistics();
                    assertEquals(o.run().predictedRounds(), st.rounds());
                    assertTrue(st.maxHeld() <= c.memory() && st.maxSent() <= c.memory()
                            && st.maxReceived() <= c.memory());
                    completed++;
                    table.append(String.format(Locale.ROOT, ROW, protocol, n, c.eps(), epsPrime,
                            c.memory(), c.width(), l, st.rounds(), o.run().sortLevels(), c.roundBound(),
                            st.rounds() / c.roundBound(), st.machinesUsed(), c.machineBound(),
                            st.machinesUsed() / c.machineBound(), st.maxHeld(), st.maxSent()));
                }
            }
        }
        System.out.print(table);
        assertTrue(completed >= 40, completed + " of 45 runs completed");
    }

    /**
     * The sample sort alone (Lemma C.2): n one-word keys (records of 2 words: key, origin) with
     * s = 16 n^eps'; rounds are the plan's 3 + H + L (4H + 1) exactly, printed against
     * 1/(eps' - eps) with eps = 0.
     */
    @Test
    void sortRoundsAgainstTheBound() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-7s %5s %6s %4s %3s %6s %7s %9s %11s%n", "n", "eps'", "s", "d", "H", "levels",
                "rounds", "1/(e'-e)", "rounds/that"));
        RecordFormat format = new RecordFormat(1, 0);
        for (int n : new int[] {1000, 10000, 100000}) {
            for (double epsPrime : new double[] {0.5, 0.75}) {
                int s = (int) Math.ceil(16 * Math.pow(n, epsPrime));
                long[] recs = SampleSortTest.randomRecords(format, n, 1 << 20, n + s);
                SampleSort.Outcome[] outcome = new SampleSort.Outcome[1];
                long[] sorted = SampleSortTest.mpcSort(format, recs, s, outcome);
                assertTrue(java.util.Arrays.equals(format.sorted(recs), sorted));
                SortPlan plan = SortPlan.of(s, format, n);
                table.append(String.format(Locale.ROOT, "%-7d %5.2f %6d %4d %3d %6d %7d %9.2f %11.1f%n",
                        n, epsPrime, s, plan.buckets(), plan.height(), outcome[0].levels(),
                        outcome[0].rounds(), 1 / epsPrime, outcome[0].rounds() * epsPrime));
            }
        }
        System.out.print(table);
    }
}
