package org.annaref.twin;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TableHash;
import org.annaref.reference.lsh.BitSamplingHash;
import org.annaref.reference.lsh.CrossPolytopeHash;
import org.annaref.reference.lsh.HyperplaneHash;
import org.annaref.reference.lsh.IdentityHash;
import org.annaref.reference.lsh.PStableHash;
import org.annaref.spec.HashFunction;

/**
 * The l tables of z functions of one run as flat arrays, the twin's form of
 * {@link HashTables}: the same functions (same normals, offsets, coordinates), laid out so that
 * all functions of a group of tables are one matrix.
 *
 * <p>Layout: function f of table t is function u = t z + f. Projecting families keep their
 * projection vectors in {@code rows}, row-major with m columns: hyperplane and p-stable one row
 * per function (row u), cross-polytope m' rows per function (rows u m' ... u m' + m' - 1,
 * the rows of its matrix A). Bit sampling keeps one coordinate per function; identity keeps
 * nothing. Tables whose functions are of another class (a family the twin does not know) are
 * kept as the reference objects and hashed point by point ({@link #GENERIC}).
 */
public final class TwinHashes {
    /** Random hyperplanes. */
    public static final int HYPERPLANE = 0;
    /** Gaussian p-stable. */
    public static final int PSTABLE = 1;
    /** Cross-polytope. */
    public static final int CROSSPOLYTOPE = 2;
    /** Bit sampling. */
    public static final int BITSAMPLE = 3;
    /** Exact identity. */
    public static final int IDENTITY = 4;
    /** Anything else: the reference functions, called point by point. */
    public static final int GENERIC = 5;

    final int kind;
    final int tables;
    final int z;
    final int dim;
    final int outputs;
    final double[] rows;
    final double[] offsets;
    final double[] widths;
    final int[] coordinates;
    final HashTables generic;

    TwinHashes(int kind, int tables, int z, int dim, int outputs, double[] rows,
            double[] offsets, double[] widths, int[] coordinates, HashTables generic) {
        this.kind = kind;
        this.tables = tables;
        this.z = z;
        this.dim = dim;
        this.outputs = outputs;
        this.rows = rows;
        this.offsets = offsets;
        this.widths = widths;
        this.coordinates = coordinates;
        this.generic = generic;
    }

    /** The family kind ({@link #HYPERPLANE} ... {@link #GENERIC}). */
    public int kind() {
        return kind;
    }

    /** l. */
    public int tables() {
        return tables;
    }

    /** z. */
    public int hashesPerTable() {
        return z;
    }

    /** m. */
    public int dim() {
        return dim;
    }

    /** Projection rows per function: 1 (hyperplane, p-stable), m' (cross-polytope), 0 otherwise. */
    public int outputs() {
        return outputs;
    }

    /** Words of one table's bucket key in the reference layout ({@link TableHash#width()}). */
    public int referenceWords() {
        if (kind == IDENTITY) {
            return z * dim;
        }
        return kind == GENERIC ? generic.table(0).width() : z;
    }

    /**
     * Words of one table's key in the twin's compact form, injective like the reference tuple:
     * hyperplane bits packed into one word (z &lt;= 64); cross-polytope values packed when z
     * values of ceil(log2(2 m')) bits fit 64; identity one copy of the m coordinates (its z
     * functions are all equal); otherwise the reference tuple itself.
     */
    public int compactWords() {
        if (kind == HYPERPLANE && z <= 64) {
            return 1;
        }
        if (kind == CROSSPOLYTOPE && (long) z * vertexBits() <= 64) {
            return 1;
        }
        return kind == IDENTITY ? dim : referenceWords();
    }

    /**
     * Bits of the compact key when it is one word of at most {@link BucketIndex#MAX_DIRECT_BITS}
     * bits (hyperplane with small z, cross-polytope with few small values), so buckets can be
     * found by indexing with the key; 0 otherwise.
     */
    int directKeyBits() {
        long bits;
        if (kind == HYPERPLANE) {
            bits = z;
        } else if (kind == CROSSPOLYTOPE) {
            bits = (long) z * vertexBits();
        } else {
            return 0;
        }
        return compactWords() == 1 && bits <= BucketIndex.MAX_DIRECT_BITS ? (int) bits : 0;
    }

    /** Bits of one cross-polytope value (values are below 2 m'). */
    int vertexBits() {
        return 64 - Long.numberOfLeadingZeros(2L * outputs - 1);
    }

    /** Projection rows of one table (z m' or z), the unit of the hashing matrix product. */
    int projectionsPerTable() {
        return z * outputs;
    }

    /** The twin form of reference tables (the arrays are copied out of the functions). */
    public static TwinHashes of(HashTables tables) {
        int l = tables.count();
        int z = tables.table(0).size();
        int m = tables.dim();
        for (int t = 0; t < l; t++) {
            if (tables.table(t).size() != z) {
                return generic(tables);
            }
        }
        HashFunction first = tables.table(0).function(0);
        int kind = kindOf(first);
        for (int t = 0; t < l && kind != GENERIC; t++) {
            for (int f = 0; f < z; f++) {
                HashFunction h = tables.table(t).function(f);
                if (kindOf(h) != kind || (kind == CROSSPOLYTOPE
                        && ((CrossPolytopeHash) h).outputs()
                        != ((CrossPolytopeHash) first).outputs())) {
                    return generic(tables);
                }
            }
        }
        switch (kind) {
            case HYPERPLANE:
            case PSTABLE:
                return projecting(tables, kind, l, z, m);
            case CROSSPOLYTOPE:
                return projecting(tables, kind, l, z, m);
            case BITSAMPLE:
                int[] coordinates = new int[l * z];
                for (int t = 0; t < l; t++) {
                    for (int f = 0; f < z; f++) {
                        coordinates[t * z + f] = ((BitSamplingHash) tables.table(t).function(f))
                                .coordinate();
                    }
                }
                return new TwinHashes(BITSAMPLE, l, z, m, 0, null, null, null, coordinates, null);
            case IDENTITY:
                return new TwinHashes(IDENTITY, l, z, m, 0, null, null, null, null, null);
            default:
                return generic(tables);
        }
    }

    private static TwinHashes generic(HashTables tables) {
        return new TwinHashes(GENERIC, tables.count(), tables.table(0).size(), tables.dim(), 0,
                null, null, null, null, tables);
    }

    private static int kindOf(HashFunction h) {
        if (h instanceof HyperplaneHash) {
            return HYPERPLANE;
        } else if (h instanceof PStableHash) {
            return PSTABLE;
        } else if (h instanceof CrossPolytopeHash) {
            return CROSSPOLYTOPE;
        } else if (h instanceof BitSamplingHash) {
            return BITSAMPLE;
        } else if (h instanceof IdentityHash) {
            return IDENTITY;
        }
        return GENERIC;
    }

    private static TwinHashes projecting(HashTables tables, int kind, int l, int z, int m) {
        int outputs = kind == CROSSPOLYTOPE
                ? ((CrossPolytopeHash) tables.table(0).function(0)).outputs() : 1;
        long size = (long) l * z * outputs * m;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(l + " x " + z + " functions of " + outputs + " x "
                    + m + " projections do not fit one array");
        }
        double[] rows = new double[(int) size];
        double[] offsets = kind == PSTABLE ? new double[l * z] : null;
        double[] widths = kind == PSTABLE ? new double[l * z] : null;
        for (int t = 0; t < l; t++) {
            for (int f = 0; f < z; f++) {
                int u = t * z + f;
                HashFunction h = tables.table(t).function(f);
                double[] a;
                if (kind == HYPERPLANE) {
                    a = ((HyperplaneHash) h).normal();
                } else if (kind == PSTABLE) {
                    PStableHash p = (PStableHash) h;
                    a = p.direction();
                    offsets[u] = p.offset();
                    widths[u] = p.width();
                } else {
                    a = ((CrossPolytopeHash) h).rotation();
                }
                System.arraycopy(a, 0, rows, u * outputs * m, outputs * m);
            }
        }
        return new TwinHashes(kind, l, z, m, outputs, rows, offsets, widths, null, null);
    }

    /** The same functions as reference objects (for the reference, or for any check). */
    public HashTables toReference() {
        if (kind == GENERIC) {
            return generic;
        }
        TableHash[] built = new TableHash[tables];
        for (int t = 0; t < tables; t++) {
            HashFunction[] functions = new HashFunction[z];
            for (int f = 0; f < z; f++) {
                functions[f] = referenceFunction(t * z + f);
            }
            built[t] = new TableHash(functions);
        }
        return new HashTables(built);
    }

    private HashFunction referenceFunction(int u) {
        switch (kind) {
            case HYPERPLANE:
                return new HyperplaneHash(java.util.Arrays.copyOfRange(rows, u * dim,
                        (u + 1) * dim));
            case PSTABLE:
                return new PStableHash(java.util.Arrays.copyOfRange(rows, u * dim, (u + 1) * dim),
                        offsets[u], widths[u]);
            case CROSSPOLYTOPE:
                int size = outputs * dim;
                return new CrossPolytopeHash(java.util.Arrays.copyOfRange(rows, u * size,
                        (u + 1) * size), outputs, dim);
            case BITSAMPLE:
                return new BitSamplingHash(coordinates[u], dim);
            default:
                return new IdentityHash(dim);
        }
    }

    /**
     * The projection rows of tables [tFrom, tTo) transposed to coordinate-major (m rows, stride
     * rounded up to the lane count, zero padding): the right-hand matrix of the hashing product.
     */
    double[] panel(int tFrom, int tTo) {
        int per = projectionsPerTable();
        int count = (tTo - tFrom) * per;
        int stride = Lanes.roundUp(count);
        double[] panel = new double[dim * stride];
        int base = tFrom * per;
        for (int p = 0; p < count; p++) {
            int row = (base + p) * dim;
            for (int s = 0; s < dim; s++) {
                panel[s * stride + p] = rows[row + s];
            }
        }
        return panel;
    }

    /**
     * Table t's bucket keys of every row of {@code points} in the reference layout
     * ({@link #referenceWords()} words per point, as {@code TableHash.bucketKeys}), computed by
     * the twin's batched hashing: what the differential tests compare with the reference.
     */
    public long[] bucketKeys(org.annaref.spec.Matrix points, int t) {
        return bucketKeys(points, t, t + 1)[0];
    }

    /** Tables [tFrom, tTo) at once (one matrix product for the whole group). */
    public long[][] bucketKeys(org.annaref.spec.Matrix points, int tFrom, int tTo) {
        checkRange(points, tFrom, tTo);
        return new BatchHasher(this).hash(points, points.toArray(), tFrom, tTo, false);
    }

    private void checkRange(org.annaref.spec.Matrix points, int tFrom, int tTo) {
        if (points.cols() != dim) {
            throw new IllegalArgumentException(points.describe() + " has " + points.cols()
                    + " columns but the hash functions expect dimension " + dim);
        }
        if (tFrom < 0 || tTo > tables || tFrom >= tTo) {
            throw new IllegalArgumentException("tables [" + tFrom + ", " + tTo + ") are not a"
                    + " non-empty range of the " + tables + " tables");
        }
    }

    /**
     * Tables [tFrom, tTo) in the twin's compact form ({@link #compactWords()} words per point):
     * what ANNA buckets by, and what the hashing benchmark times.
     */
    public long[][] compactKeys(org.annaref.spec.Matrix points, int tFrom, int tTo) {
        return compactKeys(new Prepared(points), tFrom, tTo);
    }

    /** The same, for points copied out of their matrix once (as ANNA does once per run). */
    public long[][] compactKeys(Prepared points, int tFrom, int tTo) {
        return compactKeys(points, tFrom, tTo, true);
    }

    /**
     * The same; {@code floatSigns} false computes every hyperplane projection in double (the
     * keys are the same either way, see {@code FloatSigns}): the benchmarks time both kernels.
     */
    public long[][] compactKeys(Prepared points, int tFrom, int tTo, boolean floatSigns) {
        checkRange(points.matrix, tFrom, tTo);
        return new BatchHasher(this, floatSigns).hash(points.matrix, points.data, tFrom, tTo,
                true);
    }

    /**
     * Points to hash repeatedly: {@code Matrix.toArray} copies (the matrix is immutable), which
     * for one pass of hashing costs a tenth of the work; a throughput measurement of hashing
     * should not count it, as ANNA does not per table group.
     */
    public static final class Prepared {
        final org.annaref.spec.Matrix matrix;
        final double[] data;

        /** Copies the entries of {@code points} once. */
        public Prepared(org.annaref.spec.Matrix points) {
            if (points == null) {
                throw new IllegalArgumentException("points must not be null");
            }
            this.matrix = points;
            this.data = points.toArray();
        }
    }

    /** A one-function view (table t, function f) computed the twin's way. */
    public HashFunction function(int t, int f) {
        return new TwinHashFunction(this, t, f);
    }
}
