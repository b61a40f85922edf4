package org.annaref.checks.stats;

import java.util.List;
import java.util.Locale;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Sensitivity;

/**
 * Claim 2 (MATH.md section 2): the family is (r, cr, p1, p2)-sensitive with p1 = p(r) and
 * p2 = p(cr). Collision rates at distance exactly r and exactly cr are measured; the claim holds
 * when the Clopper-Pearson interval at r contains p1 and the one at cr contains p2 (each at
 * alpha / 2). rho = ln(1/p1) / ln(1/p2) is reported with the interval its two intervals imply.
 */
public final class SensitivityCheck {
    private SensitivityCheck() {
    }

    /** Measures and judges the sensitivity of {@code family} at (r, cr). */
    public static ClaimResult check(LshFamily family, PairDomain domain, int dim, double r,
            double cr, int trials, int pairs, long seed, double alpha) {
        double p1 = family.collisionProbabilityAtDistance(r, dim);
        double p2 = family.collisionProbabilityAtDistance(cr, dim);
        Sensitivity stated = new Sensitivity(r, cr, p1, p2);
        int[] atR = measure(family, domain, dim, r, trials, pairs, SplitMix64.derive(seed, 0));
        int[] atCr = measure(family, domain, dim, cr, trials, pairs, SplitMix64.derive(seed, 1));
        double[] ciR = Stats.clopperPearson(atR[0], atR[1], alpha / 2);
        double[] ciCr = Stats.clopperPearson(atCr[0], atCr[1], alpha / 2);
        boolean holds = ciR[0] <= p1 && p1 <= ciR[1] && ciCr[0] <= p2 && p2 <= ciCr[1];
        double rhoHat = rho((double) atR[1] / atR[0], (double) atCr[1] / atCr[0]);
        double rhoLow = rho(ciR[1], ciCr[0]);
        double rhoHigh = rho(ciR[0], ciCr[1]);
        double pValue = Math.min(Stats.twoSided(atR[0], atR[1], p1),
                Stats.twoSided(atCr[0], atCr[1], p2));
        List<String> details = List.of(
                String.format(Locale.ROOT, "at r = %.4g: %d/%d = %.5f, p1 = %.5f, CI [%.5f, %.5f]",
                        r, atR[1], atR[0], (double) atR[1] / atR[0], p1, ciR[0], ciR[1]),
                String.format(Locale.ROOT, "at cr = %.4g: %d/%d = %.5f, p2 = %.5f, CI [%.5f,"
                        + " %.5f]", cr, atCr[1], atCr[0], (double) atCr[1] / atCr[0], p2,
                        ciCr[0], ciCr[1]),
                String.format(Locale.ROOT, "rho = %.4f stated, %.4f measured, interval [%.4f,"
                        + " %.4f]", stated.rho(), rhoHat, rhoLow, rhoHigh));
        return new ClaimResult("C2-" + family.name(), family.name() + " is (r, cr, p1, p2)-"
                + "sensitive with p1 = p(r), p2 = p(cr)", "MATH.md section 2 (sensitivity)",
                String.format(Locale.ROOT, "p1 = %.4f, p2 = %.4f, rho = %.4f", p1, p2,
                        stated.rho()),
                String.format(Locale.ROOT, "p1 ~ %.4f, p2 ~ %.4f, rho ~ %.4f",
                        (double) atR[1] / atR[0], (double) atCr[1] / atCr[0], rhoHat),
                rhoLow, rhoHigh, pValue, alpha / 2, holds, details);
    }

    /** {trials, collisions} at distance d over {@code pairs} pairs. */
    static int[] measure(LshFamily family, PairDomain domain, int dim, double d, int trials,
            int pairs, long seed) {
        SplitMix64 pairRandom = new SplitMix64(SplitMix64.derive(seed, 0));
        int collisions = 0;
        int done = 0;
        for (int q = 0; q < pairs; q++) {
            int share = trials / pairs + (q < trials % pairs ? 1 : 0);
            double[][] xy = domain.pair(dim, d, q, pairs, pairRandom);
            collisions += Collisions.count(family, xy[0], xy[1], share,
                    SplitMix64.derive(seed, q + 1L));
            done += share;
        }
        return new int[] {done, collisions};
    }

    private static double rho(double p1, double p2) {
        if (p1 >= 1.0 || p2 <= 0.0) {
            return 0.0;
        }
        if (p2 >= 1.0 || p1 <= 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log(p1) / Math.log(p2);
    }
}
