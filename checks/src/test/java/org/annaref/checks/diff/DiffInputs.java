package org.annaref.checks.diff;

import java.util.Arrays;
import org.annaref.reference.lsh.BitSamplingFamily;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.IdentityFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.twin.Lanes;

/** Seeded inputs and the size grid of the differential suites. */
final class DiffInputs {
    static final int LANES = Lanes.lanes();

    private DiffInputs() {
    }

    /** 1, lane - 1, lane, lane + 1 and two odd sizes, distinct and positive. */
    static int[] sizes() {
        return Arrays.stream(new int[] {1, LANES - 1, LANES, LANES + 1, 13, 37})
                .filter(s -> s >= 1).distinct().toArray();
    }

    static LshFamily[] families() {
        return new LshFamily[] {new HyperplaneFamily(), new PStableFamily(0.7),
            new CrossPolytopeFamily(), new BitSamplingFamily(), new IdentityFamily()};
    }

    /** True for the families whose inputs must be integers. */
    static boolean integerInputs(LshFamily family) {
        return family instanceof BitSamplingFamily || family instanceof IdentityFamily;
    }

    /** Gaussian entries, or small integers (0..2) for integer families; some rows repeated. */
    static Matrix points(String name, int rows, int cols, LshFamily family, SplitMix64 random) {
        double[] data = new double[rows * cols];
        for (int p = 0; p < data.length; p++) {
            data[p] = integerInputs(family) ? random.nextInt(3) : random.nextGaussian();
        }
        // Repeat about a quarter of the rows so that buckets hold several keys.
        for (int i = 1; i < rows; i++) {
            if (random.nextInt(4) == 0) {
                int from = random.nextInt(i);
                System.arraycopy(data, from * cols, data, i * cols, cols);
            }
        }
        return new Matrix(name, rows, cols, data);
    }

    static Matrix gaussian(String name, int rows, int cols, SplitMix64 random) {
        double[] data = new double[rows * cols];
        for (int p = 0; p < data.length; p++) {
            data[p] = random.nextGaussian();
        }
        return new Matrix(name, rows, cols, data);
    }
}
