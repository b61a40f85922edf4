package org.annaref.checks.diff;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.random.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * The cheap outer bracket must enclose the exact one, or the classifier's shortcut could call a
 * near-boundary point determined.
 */
class ProjectionMarginTest {
    @Test
    void outerBracketEnclosesTheExactBracket() {
        SplitMix64 random = new SplitMix64(41);
        int checked = 0;
        for (int m : new int[] {1, 2, 7, 8, 9, 64, 301}) {
            for (int trial = 0; trial < 200; trial++) {
                double[] a = new double[m];
                double[] x = new double[m];
                // Every third trial has subnormal products; all have heavy cancellation.
                double scale = trial % 3 == 0 ? 1e-310 : 1.0;
                for (int s = 0; s < m; s++) {
                    a[s] = random.nextGaussian() * scale;
                    x[s] = (s % 2 == 0 ? 1 : -1) * Math.abs(a[s]) / scale
                            + 1e-3 * random.nextGaussian();
                }
                double[] exact = ProjectionMargin.bracket(a, 0, x, 0, m);
                double[] outer = ProjectionMargin.outerBracket(a, 0, x, 0, m);
                assertTrue(outer[0] <= exact[0] && exact[1] <= outer[1], "m=" + m + " trial "
                        + trial + ": outer [" + outer[0] + ", " + outer[1] + "] exact ["
                        + exact[0] + ", " + exact[1] + "]");
                checked++;
            }
        }
        assertTrue(checked == 1400);
    }

    @Test
    void outerBracketDeclinesNonFiniteInput() {
        double[] a = {Double.MAX_VALUE, Double.MAX_VALUE};
        assertNull(ProjectionMargin.outerBracket(a, 0, new double[] {2, 2}, 0, 2));
    }
}
