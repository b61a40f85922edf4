package org.annaref.checks.stats;

import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.HyperplaneHash;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Matrix;

/**
 * Deliberately wrong implementations: every statistical claim must reject its planted bug, or
 * the check has no power and the test that shows it fails.
 */
final class PlantedBugs {
    private PlantedBugs() {
    }

    /** Hyperplanes whose projection ignores the last coordinate. */
    static LshFamily droppedCoordinateHyperplane() {
        return new DelegatingFamily(new HyperplaneFamily()) {
            @Override
            public HashFunction sample(int dim, long seed) {
                double[] normal = ((HyperplaneHash) super.sample(dim, seed)).normal();
                normal[dim - 1] = 0.0;
                return new HyperplaneHash(normal);
            }
        };
    }

    /** p-stable functions hashing with width 0.8 w while the family states p(d) for width w. */
    static LshFamily narrowPStable(double width) {
        return new DelegatingFamily(new org.annaref.reference.lsh.PStableFamily(width)) {
            private final LshFamily narrow = new org.annaref.reference.lsh.PStableFamily(0.8 * width);

            @Override
            public HashFunction sample(int dim, long seed) {
                return narrow.sample(dim, seed);
            }
        };
    }

    /** Cross-polytope that takes the largest signed coordinate instead of the largest |y_i|. */
    static LshFamily signedArgmaxCrossPolytope() {
        return new DelegatingFamily(new org.annaref.reference.lsh.CrossPolytopeFamily()) {
            @Override
            public HashFunction sample(int dim, long seed) {
                org.annaref.reference.lsh.CrossPolytopeHash h =
                        (org.annaref.reference.lsh.CrossPolytopeHash) super.sample(dim, seed);
                double[] a = h.rotation();
                int outputs = h.outputs();
                return new DelegatingHash(h) {
                    @Override
                    public void hash(Matrix points, int row, long[] out, int offset) {
                        int best = 0;
                        double bestValue = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i < outputs; i++) {
                            double y = 0;
                            for (int t = 0; t < dim; t++) {
                                y += a[i * dim + t] * points.get(row, t);
                            }
                            if (y > bestValue) {
                                bestValue = y;
                                best = i;
                            }
                        }
                        out[offset] = 2L * best;
                    }
                };
            }
        };
    }

    /** Tables built with z + 1 functions while the claim is about z. */
    static TableSampler zOffByOne() {
        return (family, dim, params) -> org.annaref.reference.amplify.HashTables.sample(family,
                dim, new org.annaref.spec.TableParams(params.tables(),
                        params.hashesPerTable() + 1, params.seed()));
    }

    /** Every table uses the same z functions (one seed shared by all tables). */
    static TableSampler sharedSeed() {
        return (family, dim, params) -> {
            org.annaref.reference.amplify.TableHash[] tables =
                    new org.annaref.reference.amplify.TableHash[params.tables()];
            for (int t = 0; t < tables.length; t++) {
                HashFunction[] functions = new HashFunction[params.hashesPerTable()];
                for (int f = 0; f < functions.length; f++) {
                    functions[f] = family.sample(dim,
                            org.annaref.reference.random.SplitMix64.derive(params.seed(), f));
                }
                tables[t] = new org.annaref.reference.amplify.TableHash(functions);
            }
            return new org.annaref.reference.amplify.HashTables(tables);
        };
    }

    /** ANNA weights whose totals C_i count one collision too many (a wrong denominator). */
    static AnnaRunner wrongDenominator() {
        return (tables, q, k, v) -> {
            org.annaref.spec.SparseWeights w = AnnaRunner.REFERENCE.weights(tables, q, k, v);
            int[][] keys = new int[w.queries()][];
            int[][] counts = new int[w.queries()][];
            long[] totals = new long[w.queries()];
            for (int i = 0; i < w.queries(); i++) {
                keys[i] = w.keys(i);
                counts[i] = w.counts(i);
                totals[i] = w.total(i) + (w.total(i) > 0 ? 1 : 0);
            }
            return new org.annaref.spec.SparseWeights(w.keyCount(), keys, counts, totals);
        };
    }

    /** Algorithm 2 over the tables in reverse order: the same sums, added in another order. */
    static ExactnessCheck.Candidate reversedTables() {
        return (tables, q, k, v) -> {
            org.annaref.reference.amplify.TableHash[] reversed =
                    new org.annaref.reference.amplify.TableHash[tables.count()];
            for (int t = 0; t < reversed.length; t++) {
                reversed[t] = tables.table(reversed.length - 1 - t);
            }
            return ExactnessCheck.ALGORITHM_2.run(
                    new org.annaref.reference.amplify.HashTables(reversed), q, k, v);
        };
    }

    /** A family that behaves like {@code inner} unless a method is overridden. */
    static class DelegatingFamily implements LshFamily {
        private final LshFamily inner;

        DelegatingFamily(LshFamily inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public HashFunction sample(int dim, long seed) {
            return inner.sample(dim, seed);
        }

        @Override
        public boolean hasClosedForm() {
            return inner.hasClosedForm();
        }

        @Override
        public double collisionProbability(double[] x, double[] y) {
            return inner.collisionProbability(x, y);
        }

        @Override
        public double collisionProbabilityAtDistance(double distance, int dim) {
            return inner.collisionProbabilityAtDistance(distance, dim);
        }

        @Override
        public long bytesPerFunction(int dim) {
            return inner.bytesPerFunction(dim);
        }
    }

    /** A hash function that delegates (for bugs that wrap a function). */
    static class DelegatingHash implements HashFunction {
        final HashFunction inner;

        DelegatingHash(HashFunction inner) {
            this.inner = inner;
        }

        @Override
        public int dim() {
            return inner.dim();
        }

        @Override
        public int words() {
            return inner.words();
        }

        @Override
        public void hash(Matrix points, int row, long[] out, int offset) {
            inner.hash(points, row, out, offset);
        }
    }
}
