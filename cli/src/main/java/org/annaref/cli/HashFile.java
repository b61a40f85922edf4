package org.annaref.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annaref.cli.npy.NpyArray;
import org.annaref.cli.npy.NpyFormatException;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TableHash;
import org.annaref.reference.lsh.BitSamplingHash;
import org.annaref.reference.lsh.CrossPolytopeHash;
import org.annaref.reference.lsh.HyperplaneHash;
import org.annaref.reference.lsh.IdentityHash;
import org.annaref.reference.lsh.PStableHash;
import org.annaref.spec.HashFunction;

/**
 * The exported hash functions ({@code export-hashes}, {@code attend --hashes}) as plain arrays
 * in a .npz archive; the layout is documented in the README ("Hash-file layout") precisely enough
 * to reproduce every bucket. L tables, Z functions per table, input dimension m:
 * <ul>
 * <li>{@code layout_version} int64 scalar (1), {@code family} unicode scalar, {@code dim},
 * {@code tables}, {@code hashes_per_table}, {@code seed} int64 scalars;</li>
 * <li>hyperplane: {@code normals} float64 (L, Z, m);</li>
 * <li>pstable: {@code directions} float64 (L, Z, m), {@code offsets} (L, Z), {@code widths} (L, Z);</li>
 * <li>crosspolytope: {@code rotations} float64 (L, Z, m', m);</li>
 * <li>bitsample: {@code coordinates} int64 (L, Z);</li>
 * <li>identity: nothing more.</li>
 * </ul>
 */
final class HashFile {
    static final long LAYOUT_VERSION = 1;

    private HashFile() {
    }

    /** The arrays describing {@code tables}, sampled from {@code family} with {@code seed}. */
    static Map<String, NpyArray> encode(HashTables tables, String family, long seed) {
        int l = tables.count();
        int z = tables.table(0).size();
        int m = tables.dim();
        Map<String, NpyArray> out = new LinkedHashMap<>();
        out.put("layout_version", scalar(LAYOUT_VERSION));
        out.put("family", NpyArray.ofText(family));
        out.put("dim", scalar(m));
        out.put("tables", scalar(l));
        out.put("hashes_per_table", scalar(z));
        out.put("seed", scalar(seed));
        switch (family) {
            case "hyperplane" -> out.put("normals", NpyArray.ofDoubles(new int[] {l, z, m},
                    concat(tables, h -> ((HyperplaneHash) h).normal())));
            case "pstable" -> {
                out.put("directions", NpyArray.ofDoubles(new int[] {l, z, m},
                        concat(tables, h -> ((PStableHash) h).direction())));
                out.put("offsets", NpyArray.ofDoubles(new int[] {l, z},
                        concat(tables, h -> new double[] {((PStableHash) h).offset()})));
                out.put("widths", NpyArray.ofDoubles(new int[] {l, z},
                        concat(tables, h -> new double[] {((PStableHash) h).width()})));
            }
            case "crosspolytope" -> {
                int outputs = ((CrossPolytopeHash) tables.table(0).function(0)).outputs();
                out.put("rotations", NpyArray.ofDoubles(new int[] {l, z, outputs, m},
                        concat(tables, h -> ((CrossPolytopeHash) h).rotation())));
            }
            case "bitsample" -> {
                long[] coordinates = new long[l * z];
                for (int t = 0; t < l; t++) {
                    for (int f = 0; f < z; f++) {
                        coordinates[t * z + f] = ((BitSamplingHash) tables.table(t).function(f))
                                .coordinate();
                    }
                }
                out.put("coordinates", NpyArray.ofLongs(new int[] {l, z}, coordinates));
            }
            case "identity" -> {
                // the bucket of x is x itself: nothing to store
            }
            default -> throw new IllegalArgumentException("unknown family " + family);
        }
        return out;
    }

    private interface Parameters {
        double[] of(HashFunction h);
    }

    private static double[] concat(HashTables tables, Parameters parameters) {
        java.util.List<double[]> parts = new java.util.ArrayList<>();
        int total = 0;
        for (int t = 0; t < tables.count(); t++) {
            for (int f = 0; f < tables.table(t).size(); f++) {
                double[] p = parameters.of(tables.table(t).function(f));
                parts.add(p);
                total += p.length;
            }
        }
        double[] out = new double[total];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static NpyArray scalar(long value) {
        return NpyArray.ofLongs(new int[0], new long[] {value});
    }

    /** The family name stored in an archive. */
    static String family(Map<String, NpyArray> arrays, String source) {
        return text(arrays, "family", source);
    }

    /** Rebuilds the hash tables from an archive written by {@link #encode} (or by hand). */
    static HashTables decode(Map<String, NpyArray> arrays, String source) {
        long version = integer(arrays, "layout_version", source);
        if (version != LAYOUT_VERSION) {
            throw new NpyFormatException(source, "layout_version " + version + " is not supported"
                    + " (this annaref reads version " + LAYOUT_VERSION + ")");
        }
        String family = family(arrays, source);
        int m = positive(arrays, "dim", source);
        int l = positive(arrays, "tables", source);
        int z = positive(arrays, "hashes_per_table", source);
        if ((long) l * z > org.annaref.spec.TableParams.MAX_FUNCTIONS) {
            throw new NpyFormatException(source, "tables x hashes_per_table = " + ((long) l * z)
                    + " is too many functions");
        }
        FunctionSource functions = functionSource(arrays, family, l, z, m, source);
        TableHash[] tables = new TableHash[l];
        for (int t = 0; t < l; t++) {
            HashFunction[] row = new HashFunction[z];
            for (int f = 0; f < z; f++) {
                row[f] = functions.function(t, f, t * z + f);
            }
            tables[t] = new TableHash(row);
        }
        return new HashTables(tables);
    }

    /** Builds function u = t z + f of table t from arrays validated once. */
    private interface FunctionSource {
        HashFunction function(int t, int f, int u);
    }

    private static FunctionSource functionSource(Map<String, NpyArray> arrays, String family,
            int l, int z, int m, String source) {
        switch (family) {
            case "hyperplane": {
                double[] normals = floats(arrays, "normals", new int[] {l, z, m}, source);
                return (t, f, u) -> new HyperplaneHash(
                        java.util.Arrays.copyOfRange(normals, u * m, u * m + m));
            }
            case "pstable": {
                double[] directions = floats(arrays, "directions", new int[] {l, z, m}, source);
                double[] offsets = floats(arrays, "offsets", new int[] {l, z}, source);
                double[] widths = floats(arrays, "widths", new int[] {l, z}, source);
                return (t, f, u) -> new PStableHash(
                        java.util.Arrays.copyOfRange(directions, u * m, u * m + m), offsets[u],
                        widths[u]);
            }
            case "crosspolytope": {
                NpyArray rotations = require(arrays, "rotations", source);
                int[] shape = rotations.shape();
                if (shape.length != 4 || shape[0] != l || shape[1] != z || shape[3] != m
                        || shape[2] < 1) {
                    throw new NpyFormatException(source + ":rotations", "must have shape (" + l
                            + ", " + z + ", m', " + m + "), has " + rotations.describeShape());
                }
                int outputs = shape[2];
                int size = outputs * m;
                double[] all = floats(arrays, "rotations", shape, source);
                return (t, f, u) -> new CrossPolytopeHash(
                        java.util.Arrays.copyOfRange(all, u * size, u * size + size), outputs, m);
            }
            case "bitsample": {
                NpyArray coordinates = require(arrays, "coordinates", source);
                if (coordinates.kind() != NpyArray.Kind.INTEGER
                        || !java.util.Arrays.equals(coordinates.shape(), new int[] {l, z})) {
                    throw new NpyFormatException(source + ":coordinates", "must be an integer"
                            + " array of shape (" + l + ", " + z + ")");
                }
                long[] values = coordinates.longs();
                return (t, f, u) -> {
                    if (values[u] < 0 || values[u] >= m) {
                        throw new NpyFormatException(source + ":coordinates", "entry [" + t + "]["
                                + f + "] = " + values[u] + " is not a coordinate in [0, " + m + ")");
                    }
                    return new BitSamplingHash((int) values[u], m);
                };
            }
            case "identity":
                return (t, f, u) -> new IdentityHash(m);
            default:
                throw new NpyFormatException(source + ":family", "unknown family '" + family
                        + "' (hyperplane, pstable, crosspolytope, bitsample or identity)");
        }
    }

    private static NpyArray require(Map<String, NpyArray> arrays, String name, String source) {
        NpyArray a = arrays.get(name);
        if (a == null) {
            throw new NpyFormatException(source, "has no array '" + name + "'");
        }
        return a;
    }

    private static double[] floats(Map<String, NpyArray> arrays, String name, int[] shape,
            String source) {
        NpyArray a = require(arrays, name, source);
        if (a.kind() != NpyArray.Kind.FLOAT || !java.util.Arrays.equals(a.shape(), shape)) {
            throw new NpyFormatException(source + ":" + name, "must be a float array of shape "
                    + NpyArray.ofDoubles(shape, new double[(int) NpyArray.size(shape)])
                            .describeShape() + ", has " + a.describeShape());
        }
        return a.doubles();
    }

    private static long integer(Map<String, NpyArray> arrays, String name, String source) {
        NpyArray a = require(arrays, name, source);
        if (a.kind() != NpyArray.Kind.INTEGER || a.size() != 1) {
            throw new NpyFormatException(source + ":" + name, "must be one integer");
        }
        return a.longs()[0];
    }

    private static int positive(Map<String, NpyArray> arrays, String name, String source) {
        long value = integer(arrays, name, source);
        if (value < 1 || value > Integer.MAX_VALUE / 2) {
            throw new NpyFormatException(source + ":" + name, "must be a positive count, got "
                    + value);
        }
        return (int) value;
    }

    private static String text(Map<String, NpyArray> arrays, String name, String source) {
        NpyArray a = require(arrays, name, source);
        if (a.kind() != NpyArray.Kind.TEXT || a.size() != 1) {
            throw new NpyFormatException(source + ":" + name, "must be one unicode string");
        }
        return a.texts()[0];
    }
}
