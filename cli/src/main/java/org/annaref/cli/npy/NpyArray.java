package org.annaref.cli.npy;

import java.util.Arrays;

/**
 * One NumPy array in memory, C order: its shape and its values, held as doubles (float32 and
 * float64 files), longs (integer files) or one string per element (NumPy unicode, {@code <U}).
 */
public final class NpyArray {
    /** What the values are. */
    public enum Kind { FLOAT, INTEGER, TEXT }

    private final int[] shape;
    private final Kind kind;
    private final double[] doubles;
    private final long[] longs;
    private final String[] texts;

    private NpyArray(int[] shape, Kind kind, double[] doubles, long[] longs, String[] texts) {
        this.shape = shape.clone();
        this.kind = kind;
        this.doubles = doubles;
        this.longs = longs;
        this.texts = texts;
        long size = size(shape);
        int length = doubles != null ? doubles.length : longs != null ? longs.length : texts.length;
        if (size != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " values, got " + length);
        }
    }

    /** A float64 array. */
    public static NpyArray ofDoubles(int[] shape, double[] values) {
        return new NpyArray(shape, Kind.FLOAT, values.clone(), null, null);
    }

    /** An int64 array. */
    public static NpyArray ofLongs(int[] shape, long[] values) {
        return new NpyArray(shape, Kind.INTEGER, null, values.clone(), null);
    }

    /** A unicode array (each element written with the width of the longest). */
    public static NpyArray ofTexts(int[] shape, String[] values) {
        return new NpyArray(shape, Kind.TEXT, null, null, values.clone());
    }

    /** A 0-dimensional unicode array holding one string. */
    public static NpyArray ofText(String value) {
        return ofTexts(new int[0], new String[] {value});
    }

    /** The number of elements a shape holds (1 for the empty shape of a scalar). */
    public static long size(int[] shape) {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        return size;
    }

    public int[] shape() {
        return shape.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** Number of elements. */
    public int size() {
        return (int) size(shape);
    }

    /** The values of a float array (a copy). */
    public double[] doubles() {
        if (kind != Kind.FLOAT) {
            throw new IllegalStateException("not a float array");
        }
        return doubles.clone();
    }

    /** The values of an integer array (a copy). */
    public long[] longs() {
        if (kind != Kind.INTEGER) {
            throw new IllegalStateException("not an integer array");
        }
        return longs.clone();
    }

    /** The values of a unicode array (a copy). */
    public String[] texts() {
        if (kind != Kind.TEXT) {
            throw new IllegalStateException("not a unicode array");
        }
        return texts.clone();
    }

    /** Shape as text, NumPy style: (3, 4). */
    public String describeShape() {
        StringBuilder out = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            out.append(d == 0 ? "" : ", ").append(shape[d]);
        }
        return out.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
