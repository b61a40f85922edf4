package org.annaref.twin;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.lsh.BitSamplingFamily;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.IdentityFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;
import org.annaref.spec.TableParams;

/**
 * Samples l tables of z functions straight into the twin's flat arrays, by the reference's rule
 * (README, "Randomness"): function u = t z + f uses {@code new SplitMix64(derive(seed, u))};
 * hyperplane takes m Gaussians, p-stable m Gaussians then b = w u, cross-polytope m x m
 * Gaussians row-major, bit sampling {@code nextInt(m)}. Functions are independent sub-streams,
 * so they are drawn in parallel. Same family, m, l, z and seed: the reference's functions,
 * which the differential tests check array for array. Families the twin does not know are
 * sampled by the reference and hashed point by point.
 */
public final class TwinSampler {
    private TwinSampler() {
    }

    /** The twin's tables for {@code family}. */
    public static TwinHashes sample(LshFamily family, int dim, TableParams params) {
        if (family == null || params == null) {
            throw new IllegalArgumentException("family and table parameters must not be null");
        }
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dim);
        }
        int l = params.tables();
        int z = params.hashesPerTable();
        int functions = l * z;
        long seed = params.seed();
        switch (knownName(family)) {
            case "hyperplane":
                return new TwinHashes(TwinHashes.HYPERPLANE, l, z, dim, 1,
                        gaussians(functions, dim, seed), null, null, null, null);
            case "pstable":
                double width = ((PStableFamily) family).width();
                double[] rows = new double[checked(functions, dim)];
                double[] offsets = new double[functions];
                double[] widths = new double[functions];
                Parallel.forEach(functions, u -> {
                    SplitMix64 random = new SplitMix64(SplitMix64.derive(seed, u));
                    for (int s = 0; s < dim; s++) {
                        rows[u * dim + s] = random.nextGaussian();
                    }
                    offsets[u] = width * random.nextDouble();
                    widths[u] = width;
                });
                return new TwinHashes(TwinHashes.PSTABLE, l, z, dim, 1, rows, offsets, widths,
                        null, null);
            case "crosspolytope":
                return new TwinHashes(TwinHashes.CROSSPOLYTOPE, l, z, dim, dim,
                        gaussians(functions, checked(dim, dim), seed), null, null, null, null);
            case "bitsample":
                int[] coordinates = new int[functions];
                for (int u = 0; u < functions; u++) {
                    coordinates[u] = new SplitMix64(SplitMix64.derive(seed, u)).nextInt(dim);
                }
                return new TwinHashes(TwinHashes.BITSAMPLE, l, z, dim, 0, null, null, null,
                        coordinates, null);
            case "identity":
                return new TwinHashes(TwinHashes.IDENTITY, l, z, dim, 0, null, null, null, null,
                        null);
            default:
                return TwinHashes.of(HashTables.sample(family, dim, params));
        }
    }

    /**
     * The family's name when it is one of the reference's own classes, else "" (a class with a
     * familiar name, e.g. a planted bug, is sampled by its own code).
     */
    private static String knownName(LshFamily family) {
        if (family instanceof HyperplaneFamily || family instanceof PStableFamily
                || family instanceof CrossPolytopeFamily || family instanceof BitSamplingFamily
                || family instanceof IdentityFamily) {
            return family.name();
        }
        return "";
    }

    /** The twin's tables as reference objects: a drop-in for {@link HashTables#sample}. */
    public static HashTables sampleAsReference(LshFamily family, int dim, TableParams params) {
        return sample(family, dim, params).toReference();
    }

    private static double[] gaussians(int functions, int perFunction, long seed) {
        double[] rows = new double[checked(functions, perFunction)];
        Parallel.forEach(functions, u -> {
            SplitMix64 random = new SplitMix64(SplitMix64.derive(seed, u));
            for (int s = 0; s < perFunction; s++) {
                rows[u * perFunction + s] = random.nextGaussian();
            }
        });
        return rows;
    }

    private static int checked(int a, int b) {
        long size = (long) a * b;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(a + " x " + b + " values do not fit one array");
        }
        return (int) size;
    }
}
