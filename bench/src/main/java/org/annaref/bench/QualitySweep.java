package org.annaref.bench;

import java.util.concurrent.atomic.AtomicInteger;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.Distances;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;
import org.annaref.twin.Parallel;
import org.annaref.twin.TableScan;
import org.annaref.twin.TwinHashes;
import org.annaref.twin.TwinSampler;

/**
 * Chooses (z, l) for a quality target on a {@link PlantedAtScale} instance: the cheapest l z
 * such that at least {@code target} of the queries satisfy ANNA's row contract.
 *
 * <p>Row i of a run with l tables satisfies the contract exactly when its planted key k_i met
 * q_i in some table (then its weight is at least tau_i by the weight bound) and no key farther
 * than c r met q_i in any table: every colliding key's distance is computed and judged, so
 * colliding keys in (r, c r] are allowed as the contract allows them. (The one assumption, that
 * no key but k_i lies within r of q_i, is bounded by {@link PlantedAtScale#strayNearBound}.)
 * For each z one {@link TableScan} adds tables until the target is met (the least l), or until
 * more than 1 - target of the rows have a far collision (no l can help). z runs upward from
 * log2 N + 4 and stops once the cost l z has not improved for three values of z.
 */
public final class QualitySweep {
    /** The chosen parameters and what they achieved. */
    public record Choice(int z, int l, double quality, int tablesScanned, long seed) {
        /** Functions per point, l z. */
        public long cost() {
            return (long) l * z;
        }
    }

    private QualitySweep() {
    }

    /** The cheapest (z, l) reaching {@code target}, searching l up to {@code maxL}. */
    public static Choice choose(PlantedAtScale instance, double target, int maxL, long seed) {
        int n = instance.q().rows();
        int zStart = 4 + (int) Math.ceil(Math.log(n) / Math.log(2));
        Choice best = null;
        int worse = 0;
        int scanned = 0;
        for (int z = zStart; z <= 64 && worse < 3; z++) {
            int[] lq = leastTables(instance, z, target, maxL, seed);
            scanned += lq[1];
            if (lq[0] < 0) {
                worse = best == null ? 0 : worse + 1;
                continue;
            }
            double quality = lq[2] / (double) n;
            if (best == null || (long) lq[0] * z < best.cost()) {
                best = new Choice(z, lq[0], quality, 0, seed);
                worse = 0;
            } else {
                worse++;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no (z, l) with l <= " + maxL + " reaches quality "
                    + target + " on " + n + " keys");
        }
        return new Choice(best.z(), best.l(), best.quality(), scanned, seed);
    }

    /**
     * {least l or -1, tables scanned, rows satisfied at that l}: rows are satisfied with l tables
     * when their planted key met them and no far key did.
     */
    static int[] leastTables(PlantedAtScale instance, int z, double target, int maxL, long seed) {
        int n = instance.q().rows();
        return scan(instance, z, maxL, seed, (int) Math.ceil(target * n), true);
    }

    /** Rows satisfying the contract in the run with exactly (z, l) and this seed. */
    public static int satisfiedRows(PlantedAtScale instance, int z, int l, long seed) {
        return scan(instance, z, l, seed, Integer.MAX_VALUE, false)[2];
    }

    private static int[] scan(PlantedAtScale instance, int z, int maxL, long seed, int needed,
            boolean stopEarly) {
        Matrix q = instance.q();
        Matrix k = instance.k();
        double cr = instance.params().cr();
        int n = q.rows();
        TwinHashes hashes = TwinSampler.sample(new HyperplaneFamily(), q.cols(),
                new TableParams(maxL, z, seed));
        boolean[] near = new boolean[n];
        boolean[] far = new boolean[n];
        int[] result = {-1, 0, 0};
        TableScan.run(hashes, q, k, (t, buckets) -> {
            AtomicInteger satisfied = new AtomicInteger();
            AtomicInteger farRows = new AtomicInteger();
            Parallel.forRange(n, 1024, (from, to) -> {
                int good = 0;
                int bad = 0;
                for (int i = from; i < to; i++) {
                    int b = buckets.queryBucket(i);
                    if (b >= 0 && !far[i]) {
                        near[i] |= buckets.keyBucket(i) == b;
                        for (int p = 0; p < buckets.size(b) && !far[i]; p++) {
                            int j = buckets.member(b, p);
                            far[i] = j != i && Distances.euclidean(q, i, k, j) > cr;
                        }
                    }
                    good += near[i] && !far[i] ? 1 : 0;
                    bad += far[i] ? 1 : 0;
                }
                satisfied.addAndGet(good);
                farRows.addAndGet(bad);
            });
            result[1] = t + 1;
            result[2] = satisfied.get();
            if (satisfied.get() >= needed) {
                result[0] = t + 1;
                return false;
            }
            return !stopEarly || farRows.get() <= n - needed;
        });
        return result;
    }
}
