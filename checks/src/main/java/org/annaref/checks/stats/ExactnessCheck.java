package org.annaref.checks.stats;

import java.util.List;
import java.util.Locale;
import org.annaref.checks.Bits;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.anna.AnnaRun;
import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.reference.lsh.BitSamplingFamily;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.IdentityFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.EmaContract;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;
import org.annaref.spec.TableParams;

/**
 * Claim 7: the exactness properties, run as property checks inside the report. On random inputs
 * (small integers, so that keys repeat): Algorithm 2 equals Algorithm 1 bit for bit, outputs and
 * implied weights, for every family; EMA equals its definition bit for bit.
 */
public final class ExactnessCheck {
    /** The algorithm compared with Algorithm 1 (Algorithm 2 in the reference; tests plant bugs). */
    @FunctionalInterface
    public interface Candidate {
        /** The candidate's output and weights with these tables. */
        AnnaRun run(HashTables tables, Matrix q, Matrix k, Matrix v);
    }

    /** Algorithm 2 of the reference. */
    public static final Candidate ALGORITHM_2 = (tables, q, k, v) ->
            new org.annaref.reference.anna.AnnaAlgorithm2(tables).run(q, k, v, true);

    private static final LshFamily[] FAMILIES = {new HyperplaneFamily(), new PStableFamily(0.7),
        new CrossPolytopeFamily(), new BitSamplingFamily(), new IdentityFamily()};

    private ExactnessCheck() {
    }

    /** Checks {@code cases} random cases drawn from {@code seed}. */
    public static ClaimResult check(int cases, Candidate candidate, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        int annaMismatches = 0;
        int emaMismatches = 0;
        String first = "none";
        for (int c = 0; c < cases; c++) {
            LshFamily family = FAMILIES[c % FAMILIES.length];
            int n = 1 + random.nextInt(40);
            int m = 1 + random.nextInt(6);
            Matrix k = integers("K", n, m, random);
            Matrix q = integers("Q", n, m, random);
            Matrix v = gaussians("V", n, 1 + random.nextInt(3), random);
            TableParams params = new TableParams(1 + random.nextInt(6), 1 + random.nextInt(4),
                    random.nextLong());
            HashTables tables = HashTables.sample(family, m, params);
            AnnaRun one = new AnnaAlgorithm1(tables).run(q, k, v, true);
            AnnaRun two = candidate.run(tables, q, k, v);
            if (!Bits.identical(one.output(), two.output()) || !sameWeights(one.weights(),
                    two.weights())) {
                if (annaMismatches++ == 0) {
                    first = "case " + c + " (" + family.name() + ", N=" + n + ", " + params + ")";
                }
            }
            Matrix ema = new ExactMatchAttention().attend(q, k, v);
            for (int i = 0; i < n; i++) {
                if (!EmaContract.checkRow(i, ema.row(i), EmaContract.expectedRow(q, i, k, v), 0.0)
                        .isValid()) {
                    emaMismatches++;
                    break;
                }
            }
        }
        boolean holds = annaMismatches == 0 && emaMismatches == 0;
        return new ClaimResult("C7", "Algorithm 2 equals Algorithm 1 bit for bit (outputs and"
                + " weights), EMA equals its definition", "MATH.md sections 1-2 (exactness)",
                "0 mismatches", String.format(Locale.ROOT, "%d ANNA and %d EMA mismatches in %d"
                        + " cases", annaMismatches, emaMismatches, cases), Double.NaN, Double.NaN,
                Double.NaN, 0.0, holds, List.of("first ANNA mismatch: " + first));
    }

    private static Matrix integers(String name, int rows, int cols, SplitMix64 random) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(2);
        }
        return new Matrix(name, rows, cols, data);
    }

    private static Matrix gaussians(String name, int rows, int cols, SplitMix64 random) {
        double[] data = new double[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextGaussian();
        }
        return new Matrix(name, rows, cols, data);
    }

    private static boolean sameWeights(SparseWeights a, SparseWeights b) {
        if (a.queries() != b.queries()) {
            return false;
        }
        for (int i = 0; i < a.queries(); i++) {
            if (!java.util.Arrays.equals(a.keys(i), b.keys(i))
                    || !java.util.Arrays.equals(a.counts(i), b.counts(i))
                    || a.total(i) != b.total(i)) {
                return false;
            }
        }
        return true;
    }
}
