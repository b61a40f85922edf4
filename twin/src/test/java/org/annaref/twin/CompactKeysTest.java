package org.annaref.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.junit.jupiter.api.Test;

/**
 * The compact keys ANNA buckets by are the reference-layout keys, packed: for hyperplane
 * (one bit per function, bit f = function f, from the vector sign masks) and cross-polytope
 * (vertexBits per function). Table groups whose bits straddle 64-bit words (z = 7, 9, 63) and
 * the full word (z = 64) included, with points that project to exactly 0 (the zero vector)
 * and points whose projections overflow to infinities and NaN.
 */
class CompactKeysTest {
    @Test
    void compactKeysPackTheReferenceLayout() {
        SplitMix64 random = new SplitMix64(5);
        int checked = 0;
        LshFamily[] families = {new HyperplaneFamily(), new CrossPolytopeFamily()};
        for (LshFamily family : families) {
            for (int z : new int[] {1, 7, 8, 9, 63, 64}) {
                for (int m : new int[] {1, Lanes.lanes() + 1, 6}) {
                  // 11 tables: projections not a multiple of 4 vectors (stored projections);
                  // 16: the in-register sign kernel (SignKernel) for z = 8 and 64.
                  for (int tables : new int[] {11, 16}) {
                    boolean hyper = family instanceof HyperplaneFamily;
                    TwinHashes h = TwinSampler.sample(family, m, new TableParams(hyper ? tables
                            : 2, hyper ? z : Math.min(z, 9), random.nextLong()));
                    if (h.compactWords() != 1) {
                        continue;
                    }
                    int n = 70;
                    double[] data = new double[n * m];
                    for (int p = m; p < data.length; p++) {
                        data[p] = random.nextGaussian();
                    }
                    // Row 1 overflows: projections of +-inf and NaN (the scalar fallback).
                    java.util.Arrays.fill(data, m, 2 * m, 1e308);
                    Matrix x = new Matrix("X", n, m, data);
                    long[][] compact = h.compactKeys(x, 0, h.tables);
                    long[][] wide = h.bucketKeys(x, 0, h.tables);
                    int bits = hyper ? 1 : h.vertexBits();
                    for (int t = 0; t < h.tables; t++) {
                        for (int i = 0; i < n; i++) {
                            long expected = 0;
                            for (int f = 0; f < h.z; f++) {
                                expected |= wide[t][i * h.z + f] << (f * bits);
                            }
                            assertEquals(expected, compact[t][i], family.name() + " z=" + h.z
                                    + " m=" + m + " table " + t + " point " + i);
                            checked++;
                        }
                    }
                  }
                }
            }
        }
        assertTrue(checked > 30_000, "keys checked: " + checked);
    }
}
