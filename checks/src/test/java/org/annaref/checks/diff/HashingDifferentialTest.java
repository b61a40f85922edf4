package org.annaref.checks.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.lsh.BitSamplingHash;
import org.annaref.reference.lsh.CrossPolytopeHash;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.HyperplaneHash;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.reference.lsh.PStableHash;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.annaref.twin.Lanes;
import org.annaref.twin.TwinHashes;
import org.annaref.twin.TwinSampler;
import org.junit.jupiter.api.Test;

/**
 * Hashing, twin against reference: the same seed gives the same functions (array for array),
 * and the same functions give the same bucket key for every (point, table) whose projections
 * are clear of every bucket boundary by the {@link ProjectionMargin}; pairs within the margin
 * are counted and printed, and points planted on a boundary show that they are found.
 */
class HashingDifferentialTest {
    private static final int[][] TABLES = {{1, 1}, {3, 5}, {2, DiffInputs.LANES + 1}};

    @Test
    void sameSeedSameFunctions() {
        int compared = 0;
        for (LshFamily family : DiffInputs.families()) {
            for (int m : DiffInputs.sizes()) {
                for (int[] lz : TABLES) {
                    TableParams params = new TableParams(lz[0], lz[1], 1000L * m + lz[1]);
                    HashTables reference = HashTables.sample(family, m, params);
                    HashTables twin = TwinSampler.sample(family, m, params).toReference();
                    for (int t = 0; t < lz[0]; t++) {
                        for (int f = 0; f < lz[1]; f++) {
                            assertSameFunction(reference.table(t).function(f),
                                    twin.table(t).function(f), family.name() + " m=" + m);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 100, "functions compared: " + compared);
    }

    @Test
    void sameFunctionsSameKeysOutsideTheMargin() {
        SplitMix64 random = new SplitMix64(77);
        int pairs = 0;
        int near = 0;
        for (LshFamily family : DiffInputs.families()) {
            for (int m : DiffInputs.sizes()) {
                for (int n : DiffInputs.sizes()) {
                    for (int[] lz : TABLES) {
                        TableParams params = new TableParams(lz[0], lz[1], random.nextLong());
                        HashTables reference = HashTables.sample(family, m, params);
                        Matrix x = DiffInputs.points("X", n, m, family, random);
                        // Both routes into the twin: its own sampler, and the reference's
                        // function objects (as an imported hash file hands them over).
                        for (TwinHashes twin : new TwinHashes[] {
                            TwinSampler.sample(family, m, params), TwinHashes.of(reference)}) {
                            KeyAgreement.Report report = KeyAgreement.compare(reference, twin, x);
                            assertTrue(report.agreesOutsideMargin(), family.name() + " m=" + m
                                    + " n=" + n + ": " + report);
                            pairs += report.pairs();
                            near += report.nearPairs();
                        }
                    }
                }
            }
        }
        System.out.println("hashing differential (" + Lanes.describe() + "): " + pairs
                + " (point, table) pairs compared, " + near + " within the margin");
        assertTrue(pairs > 10_000, "pairs compared: " + pairs);
    }

    @Test
    void pointsOnAHyperplaneAreCountedAsNear() {
        int m = 13;
        HashTables reference = HashTables.sample(new HyperplaneFamily(), m,
                new TableParams(4, 3, 5));
        SplitMix64 random = new SplitMix64(9);
        // Each point is a Gaussian with its component along one normal removed: its exact
        // projection on that normal is a rounding error away from 0, inside the margin.
        double[] data = new double[12 * m];
        for (int i = 0; i < 12; i++) {
            double[] a = ((HyperplaneHash) reference.table(i % 4).function(i % 3)).normal();
            double[] g = new double[m];
            for (int s = 0; s < m; s++) {
                g[s] = random.nextGaussian();
            }
            double along = dot(a, g) / dot(a, a);
            for (int s = 0; s < m; s++) {
                data[i * m + s] = g[s] - along * a[s];
            }
        }
        Matrix x = new Matrix("X", 12, m, data);
        KeyAgreement.Report report = KeyAgreement.compare(reference, TwinHashes.of(reference), x);
        System.out.println("planted on hyperplanes: " + report);
        assertEquals(12, report.nearPairs(), report.toString());
        assertTrue(report.agreesOutsideMargin(), report.toString());
    }

    @Test
    void pointsOnAPStableBoundaryAreCountedAsNear() {
        int m = 9;
        HashTables reference = HashTables.sample(new PStableFamily(0.5), m,
                new TableParams(2, 2, 6));
        double[] data = new double[4 * m];
        for (int i = 0; i < 4; i++) {
            PStableHash h = (PStableHash) reference.table(i / 2).function(i % 2);
            double[] a = h.direction();
            // <a, x> = 3 w - b exactly in real arithmetic: (dot + b) / w lands on the integer 3.
            double scale = (3 * h.width() - h.offset()) / dot(a, a);
            for (int s = 0; s < m; s++) {
                data[i * m + s] = scale * a[s];
            }
        }
        Matrix x = new Matrix("X", 4, m, data);
        KeyAgreement.Report report = KeyAgreement.compare(reference, TwinHashes.of(reference), x);
        System.out.println("planted on p-stable boundaries: " + report);
        assertEquals(4, report.nearPairs(), report.toString());
        assertTrue(report.agreesOutsideMargin(), report.toString());
    }

    @Test
    void aWrongKeyOutsideTheMarginIsReported() {
        // A twin whose functions differ from the reference's (another seed) must be caught.
        int m = 8;
        TableParams params = new TableParams(3, 4, 1);
        HashTables reference = HashTables.sample(new HyperplaneFamily(), m, params);
        TwinHashes other = TwinSampler.sample(new HyperplaneFamily(), m, new TableParams(3, 4, 2));
        Matrix x = DiffInputs.gaussian("X", 50, m, new SplitMix64(3));
        KeyAgreement.Report report = KeyAgreement.compare(reference, other, x);
        assertTrue(report.clearDisagreements() > 10, report.toString());
        assertEquals(5, report.examples().size());
    }

    private static void assertSameFunction(HashFunction a, HashFunction b, String where) {
        assertEquals(a.getClass(), b.getClass(), where);
        if (a instanceof HyperplaneHash) {
            assertArrayEquals(((HyperplaneHash) a).normal(), ((HyperplaneHash) b).normal(), where);
        } else if (a instanceof PStableHash) {
            PStableHash p = (PStableHash) a;
            PStableHash q = (PStableHash) b;
            assertArrayEquals(p.direction(), q.direction(), where);
            assertEquals(p.offset(), q.offset(), 0.0, where);
            assertEquals(p.width(), q.width(), 0.0, where);
        } else if (a instanceof CrossPolytopeHash) {
            assertArrayEquals(((CrossPolytopeHash) a).rotation(),
                    ((CrossPolytopeHash) b).rotation(), where);
        } else if (a instanceof BitSamplingHash) {
            assertEquals(((BitSamplingHash) a).coordinate(), ((BitSamplingHash) b).coordinate(),
                    where);
        }
        assertEquals(a.dim(), b.dim(), where);
        assertEquals(a.words(), b.words(), where);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
