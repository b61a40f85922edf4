package org.annaref.checks;

import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.AnnaParams;
import org.annaref.spec.Distances;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * A planted-neighbour input on the unit sphere: each query has {@code near} keys at distance at
 * most r (the first one optionally an exact copy of the query, so EMA has matches), optionally
 * {@code between} keys at distance in (r, c r], and every other key farther than c r from every
 * query.
 *
 * <p>Layout: the planted keys of query i come first, at indices
 * {@code i * (near + between) ...}: near ones, then in-between ones; the remaining keys are
 * "far". Queries are drawn pairwise farther apart than (c + 1) r, so a near key is beyond c r
 * of every other query; far keys are redrawn until beyond c r of every query. Without in-between
 * keys the instance is therefore clean: every (query, key) pair is within r or beyond c r, which
 * {@link #nothingInBetween()} verifies by brute force. Near distances are uniform in
 * [r / 2, r], in-between ones uniform in (r, c r), each nudged inward by a relative 1e-9 so
 * that rounding cannot move a pair across a radius. All randomness comes from SplitMix64 with
 * the given seed.
 */
public final class PlantedInstance {
    private static final int MAX_RESAMPLES = 1000;
    private static final double MARGIN = 1e-9;

    /** What to generate. */
    public record Shape(int keys, int queries, int dim, int valueDim, double r, double c,
            int near, int between, boolean exactCopy) {
        public Shape {
            Require.atLeastOne("queries", queries);
            Require.atLeastOne("dim", dim);
            Require.atLeastOne("value dim", valueDim);
            Require.nonNegative("near keys per query", near);
            Require.nonNegative("in-between keys per query", between);
            if (dim < 2) {
                throw new IllegalArgumentException("planted instances need dim >= 2, got " + dim);
            }
            new AnnaParams(r, c); // validates r > 0, c > 1
            if ((c + 1) * r >= 2.0) {
                throw new IllegalArgumentException("(c + 1) r = " + (c + 1) * r + " must be below"
                        + " 2, the diameter of the unit sphere: queries are kept (c + 1) r apart");
            }
            if (exactCopy && near < 1) {
                throw new IllegalArgumentException("an exact copy needs at least one near key");
            }
            long planted = (long) queries * (near + between);
            if (planted > keys) {
                throw new IllegalArgumentException(queries + " queries x " + (near + between)
                        + " planted keys = " + planted + " exceed the " + keys + " keys");
            }
        }
    }

    private final Shape shape;
    private final Matrix q;
    private final Matrix k;
    private final Matrix v;

    private PlantedInstance(Shape shape, Matrix q, Matrix k, Matrix v) {
        this.shape = shape;
        this.q = q;
        this.k = k;
        this.v = v;
    }

    /** Generates the instance for {@code shape} from {@code seed}. */
    public static PlantedInstance generate(Shape shape, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        int m = shape.dim();
        double[][] queries = spreadQueries(shape, random);
        double[][] keys = new double[shape.keys()][];
        int perQuery = shape.near() + shape.between();
        for (int i = 0; i < queries.length; i++) {
            for (int s = 0; s < perQuery; s++) {
                keys[i * perQuery + s] = plantedKey(shape, queries[i], s, random);
            }
        }
        int planted = queries.length * perQuery;
        for (int j = planted; j < keys.length; j++) {
            keys[j] = farKey(shape, queries, random);
        }
        double[] values = new double[shape.keys() * shape.valueDim()];
        for (int t = 0; t < values.length; t++) {
            values[t] = random.nextGaussian();
        }
        return new PlantedInstance(shape, matrix("Q", queries, m), matrix("K", keys, m),
                new Matrix("V", shape.keys(), shape.valueDim(), values));
    }

    /** Planted key s of a query: near (s < near) or in between. */
    private static double[] plantedKey(Shape shape, double[] query, int s, SplitMix64 random) {
        if (s == 0 && shape.exactCopy()) {
            return query.clone();
        }
        double r = shape.r();
        double distance = s < shape.near()
                ? r * (0.5 + 0.5 * random.nextDouble()) * (1 - MARGIN)
                : (r + (shape.c() * r - r) * random.nextDouble()) * (1 - MARGIN) + 2 * MARGIN * r;
        return Geometry.atDistance(query, distance, random);
    }

    /** A random unit vector farther than c r from every query. */
    private static double[] farKey(Shape shape, double[][] queries, SplitMix64 random) {
        for (int attempt = 0; attempt < MAX_RESAMPLES; attempt++) {
            double[] key = Geometry.randomUnit(shape.dim(), random);
            if (farFromAll(key, queries, shape.c() * shape.r())) {
                return key;
            }
        }
        throw new IllegalArgumentException("could not place a key farther than c r = "
                + shape.c() * shape.r() + " from all " + queries.length + " queries in dimension "
                + shape.dim() + ": use a smaller c r, fewer queries or a larger dimension");
    }

    /**
     * Random unit queries, pairwise farther apart than (c + 1) r: then, by the triangle
     * inequality, a key within r of its own query is beyond c r of every other query.
     */
    private static double[][] spreadQueries(Shape shape, SplitMix64 random) {
        double[][] queries = new double[shape.queries()][];
        double separation = (shape.c() + 1) * shape.r() * (1 + 1e-6);
        for (int i = 0; i < queries.length; i++) {
            double[] candidate = Geometry.randomUnit(shape.dim(), random);
            int attempts = 1;
            while (!farFromAll(candidate, java.util.Arrays.copyOf(queries, i), separation)) {
                if (++attempts > MAX_RESAMPLES) {
                    throw new IllegalArgumentException("could not place " + queries.length
                            + " queries pairwise farther than (c + 1) r = " + separation
                            + " in dimension " + shape.dim() + ": use fewer queries, a smaller"
                            + " (c + 1) r or a larger dimension");
                }
                candidate = Geometry.randomUnit(shape.dim(), random);
            }
            queries[i] = candidate;
        }
        return queries;
    }

    private static boolean farFromAll(double[] key, double[][] queries, double cr) {
        for (int i = 0; i < queries.length; i++) {
            if (!(Distances.euclidean(key, queries[i]) > cr)) {
                return false;
            }
        }
        return true;
    }

    private static Matrix matrix(String name, double[][] rows, int m) {
        double[] data = new double[rows.length * m];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, data, i * m, m);
        }
        return new Matrix(name, rows.length, m, data);
    }

    /** The shape this instance was generated for. */
    public Shape shape() {
        return shape;
    }

    /** The ANNA parameters (r, c). */
    public AnnaParams params() {
        return new AnnaParams(shape.r(), shape.c());
    }

    /** Queries, one unit vector per row. */
    public Matrix q() {
        return q;
    }

    /** Keys, unit vectors. */
    public Matrix k() {
        return k;
    }

    /** Values, standard Gaussian entries. */
    public Matrix v() {
        return v;
    }

    /** True when no (query, key) pair lies at a distance in (r, c r] (brute force). */
    public boolean nothingInBetween() {
        for (int i = 0; i < q.rows(); i++) {
            for (int j = 0; j < k.rows(); j++) {
                double d = Distances.euclidean(q, i, k, j);
                if (d > shape.r() && d <= shape.c() * shape.r()) {
                    return false;
                }
            }
        }
        return true;
    }
}
