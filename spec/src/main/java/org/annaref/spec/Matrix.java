package org.annaref.spec;

import org.annaref.bridge.JdkMath;

/**
 * A dense, row-major matrix of finite doubles: the N x m arrays Q, K, V and the outputs.
 *
 * <p>Row i is the i-th token (0-based; MATH.md counts from 1). A matrix has at least one column
 * and may have zero rows: attention over N = 0 tokens is defined and returns an empty matrix.
 * The constructor copies its input, so a {@code Matrix} never changes after it is built, and it
 * rejects NaN and infinities, so every algorithm may assume finite entries.
 */
public final class Matrix {
    /** The largest number of entries a matrix may hold (the JVM's array limit, with margin). */
    public static final int MAX_ENTRIES = 2147483639;

    private final /*@ spec_public @*/ String name;
    private final /*@ spec_public @*/ int rows;
    private final /*@ spec_public @*/ int cols;
    private final /*@ spec_public @*/ double[] data;

    /*@ public invariant rows >= 0 && cols >= 1 && data.length == rows * cols;
      @ public invariant name != null;
      @ public accessible \inv: this.name, this.rows, this.cols, this.data;
      @*/

    /*@ public normal_behavior
      @ requires name != null && data != null;
      @ requires rows >= 0 && cols >= 1 && (\bigint) rows * cols <= MAX_ENTRIES;
      @ requires data.length == rows * cols;
      @ requires (\forall int p; 0 <= p && p < data.length;
      @             -1.7976931348623157E308 <= data[p] && data[p] <= 1.7976931348623157E308);
      @ ensures this.rows == rows && this.cols == cols && this.name == name;
      @ also
      @ public exceptional_behavior
      @ requires name == null || data == null || rows < 0 || cols < 1
      @       || (\bigint) rows * cols > MAX_ENTRIES || data.length != rows * cols
      @       || (\exists int p; 0 <= p && p < data.length;
      @             !(-1.7976931348623157E308 <= data[p] && data[p] <= 1.7976931348623157E308));
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * Builds a {@code rows x cols} matrix named {@code name} (used in error messages) from a
     * row-major copy of {@code data}; throws if the shape is impossible or an entry is not finite.
     */
    public Matrix(String name, int rows, int cols, double[] data) {
        Require.notNull("matrix name", name);
        Require.notNull(name, data);
        Require.nonNegative(name + " rows", rows);
        Require.atLeastOne(name + " columns", cols);
        long entries = (long) rows * (long) cols;
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException(tooManyEntries(name, rows, cols, entries));
        }
        if (data.length != rows * cols) {
            throw new IllegalArgumentException(name + " is declared " + rows + " x " + cols
                    + " but holds " + data.length + " values");
        }
        requireFinite(name, cols, data);
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.data = (double[]) data.clone();
    }

    /*@ public normal_behavior
      @ requires data != null && cols >= 1;
      @ ensures true;
      @*/
    /** Throws naming the first entry (as name[row][col]) that is NaN or infinite. */
    private static void requireFinite(String name, int cols, double[] data) {
        /*@ loop_invariant 0 <= p && p <= data.length;
          @ decreases data.length - p;
          @ assignable \strictly_nothing;
          @*/
        for (int p = 0; p < data.length; p++) {
            if (!JdkMath.isFinite(data[p])) {
                throw new IllegalArgumentException(name + "[" + (p / cols) + "][" + (p % cols)
                        + "] must be finite, got " + data[p]);
            }
        }
    }

    /*@ private normal_behavior
      @ requires name != null && data != null && rows >= 0 && cols >= 1;
      @ requires data.length == rows * cols;
      @ ensures this.rows == rows && this.cols == cols && this.name == name;
      @ ensures this.data == data;
      @ assignable \nothing;
      @*/
    /**
     * Takes {@code data} as it is, without copying or checking it: only for arrays this class
     * made itself (all zero) or already holds (finite, never written).
     */
    private Matrix(double[] data, String name, int rows, int cols) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /*@ public normal_behavior
      @ requires name != null && rows >= 0 && cols >= 1;
      @ requires (\bigint) rows * cols <= MAX_ENTRIES;
      @ ensures \result.rows == rows && \result.cols == cols && \result.name == name;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ also
      @ public exceptional_behavior
      @ requires name != null;
      @ requires rows < 0 || cols < 1 || (\bigint) rows * cols > MAX_ENTRIES;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** An all-zero {@code rows x cols} matrix. */
    public static Matrix zeros(String name, int rows, int cols) {
        Require.nonNegative(name + " rows", rows);
        Require.atLeastOne(name + " columns", cols);
        long entries = (long) rows * (long) cols;
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException(tooManyEntries(name, rows, cols, entries));
        }
        Require.notNull("matrix name", name);
        return new Matrix(new double[rows * cols], name, rows, cols);
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for a shape with more entries than one array holds. */
    private static String tooManyEntries(String name, int rows, int cols, long entries) {
        return name + " has " + rows + " x " + cols + " = " + entries
                + " entries, more than a Java array holds (" + MAX_ENTRIES + ")";
    }

    /*@ public normal_behavior
      @ ensures \result == name;
      @ assignable \strictly_nothing;
      @*/
    /** The name used in error messages (e.g. "Q", "K", "V", "output"). */
    public String name() {
        return name;
    }

    /*@ public normal_behavior
      @ ensures \result == rows;
      @ assignable \strictly_nothing;
      @*/
    /** Number of rows (tokens), N. */
    public int rows() {
        return rows;
    }

    /*@ public normal_behavior
      @ ensures \result == cols;
      @ assignable \strictly_nothing;
      @*/
    /** Number of columns (embedding width), m. */
    public int cols() {
        return cols;
    }

    /*@ public normal_behavior
      @ requires 0 <= row && row < rows && 0 <= col && col < cols;
      @ ensures 0 <= row * cols + col && row * cols + col < data.length;
      @ ensures data[row * cols + col] == data[row * cols + col]
      @     ==> \result == data[row * cols + col];
      @ assignable \strictly_nothing;
      @ accessible this.data, this.data[*], this.cols, this.rows, this.name;
      @*/
    /**
     * Entry (row, col). (The contract's guard only excludes NaN, for which KeY's {@code ==} on
     * doubles is false; the constructor rejects NaN, so it always holds.)
     */
    public double get(int row, int col) {
        rowFits(row);
        return data[row * cols + col];
    }

    /*@ public normal_behavior
      @ requires 0 <= row && row < rows;
      @ ensures \result.length == cols;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** A copy of row {@code row}. */
    public double[] row(int row) {
        rowFits(row);
        double[] out = new double[cols];
        int base = row * cols;
        /*@ loop_invariant 0 <= c && c <= cols;
          @ decreases cols - c;
          @ assignable out[*];
          @*/
        for (int c = 0; c < cols; c++) {
            out[c] = data[base + c];
        }
        return out;
    }

    /*@ public normal_behavior
      @ requires 0 <= from && from <= to && to <= rows;
      @ requires dst != null && dst != data && 0 <= offset
      @       && (\bigint) offset + ((\bigint) to - from) * cols <= dst.length;
      @ ensures (\forall int p; 0 <= p && p < (to - from) * cols;
      @             data[from * cols + p] == data[from * cols + p]
      @                 ==> dst[offset + p] == data[from * cols + p]);
      @ assignable dst[offset .. offset + (to - from) * cols - 1];
      @ also
      @ public exceptional_behavior
      @ requires from < 0 || from > to || to > rows || dst == null || offset < 0
      @       || (\bigint) offset + ((\bigint) to - from) * cols > dst.length;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * Copies rows [from, to) row-major into {@code dst} from position {@code offset}: what a
     * fast consumer reads a block of rows with, without copying the whole matrix. Bad ranges
     * throw before anything is written. (The contract's guard only excludes NaN, for which
     * KeY's {@code ==} on doubles is false; the constructor rejects NaN.)
     */
    public void copyRows(int from, int to, /*@ nullable @*/ double[] dst, int offset) {
        if (from < 0 || from > to || to > rows || dst == null || offset < 0) {
            throw copyRowsError(from, to, dst, offset);
        }
        productNonNegative(from, cols);
        productNonNegative(to - from, cols);
        productNonNegative(rows - to, cols);
        // (to - from) cols <= rows cols = data.length: the count fits an int.
        int count = (to - from) * cols;
        if ((long) offset + (long) count > (long) dst.length) {
            throw copyRowsError(from, to, dst, offset);
        }
        int start = from * cols;
        /*@ loop_invariant 0 <= p && p <= count;
          @ loop_invariant (\forall int q; 0 <= q && q < p;
          @     data[start + q] == data[start + q] ==> dst[offset + q] == data[start + q]);
          @ decreases count - p;
          @ assignable dst[offset .. offset + count - 1];
          @*/
        for (int p = 0; p < count; p++) {
            dst[offset + p] = data[start + p];
        }
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The exception for a bad {@link #copyRows} call, naming the argument that is wrong. */
    private IllegalArgumentException copyRowsError(int from, int to,
            /*@ nullable @*/ double[] dst, int offset) {
        if (from < 0 || from > to || to > rows) {
            return new IllegalArgumentException("rows [" + from + ", " + to + ") of " + name
                    + " are not within its " + rows + " rows");
        }
        if (dst == null) {
            return new IllegalArgumentException("destination of " + name + " rows must not be"
                    + " null");
        }
        long needed = (long) offset + (long) (to - from) * (long) cols;
        return new IllegalArgumentException("destination of " + name + " rows [" + from
                + ", " + to + ") at offset " + offset + " needs " + needed + " entries, has "
                + dst.length);
    }

    /*@ public normal_behavior
      @ ensures \result.length == data.length;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** A row-major copy of all entries. */
    public double[] toArray() {
        double[] out = new double[data.length];
        /*@ loop_invariant 0 <= p && p <= data.length;
          @ decreases data.length - p;
          @ assignable out[*];
          @*/
        for (int p = 0; p < data.length; p++) {
            out[p] = data[p];
        }
        return out;
    }

    /*@ private normal_behavior
      @ requires 0 <= row && row < rows;
      @ ensures 0 <= (\bigint) row * cols && (\bigint) row * cols + cols <= data.length;
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): row {@code row} lies within the data array. */
    private void rowFits(int row) {
        productNonNegative(row, cols);
        productNonNegative((long) rows - 1 - row, cols);
    }

    /*@ private normal_behavior
      @ requires a >= 0 && b >= 0;
      @ ensures (\bigint) a * b >= 0;
      @ assignable \strictly_nothing;
      @*/
    /** Lemma (no run-time effect): as {@code WeightBound.productNonNegative}, a b &gt;= 0. */
    private static void productNonNegative(long a, long b) {
    }

    /*@ public normal_behavior
      @ requires newName != null;
      @ ensures \result.rows == rows && \result.cols == cols && \result.name == newName;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The same entries under another name (the entries are shared: neither matrix changes). */
    public Matrix renamed(String newName) {
        Require.notNull("matrix name", newName);
        return new Matrix(data, newName, rows, cols);
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** A short description for messages, e.g. {@code "K (4096 x 64)"}. */
    public String describe() {
        return name + " (" + rows + " x " + cols + ")";
    }

    /*@ public normal_behavior
      @ requires other != null && \invariant_for(other) && other.cols == cols;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires other != null && \invariant_for(other) && other.cols != cols;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Throws unless {@code other} has as many columns as this matrix. */
    public void requireSameCols(Matrix other) {
        if (other.cols != cols) {
            throw new IllegalArgumentException(mismatch(other, "columns"));
        }
    }

    /*@ public normal_behavior
      @ requires other != null && \invariant_for(other) && other.rows == rows;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires other != null && \invariant_for(other) && other.rows != rows;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Throws unless {@code other} has as many rows as this matrix. */
    public void requireSameRows(Matrix other) {
        if (other.rows != rows) {
            throw new IllegalArgumentException(mismatch(other, "rows"));
        }
    }

    /*@ private normal_behavior
      @ requires other != null && \invariant_for(other);
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for two matrices that differ in {@code what} (rows or columns). */
    private String mismatch(Matrix other, String what) {
        return describe() + " and " + other.describe() + " must have the same number of " + what;
    }
}
