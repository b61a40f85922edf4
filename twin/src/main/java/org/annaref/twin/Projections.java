package org.annaref.twin;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The blocked matrix product behind every projection and every attention logit:
 * {@code out[r][c] = sum over s of x[row0 + r][s] * b[s][col0 + c]}, with x row-major
 * (m columns) and b coordinate-major (row stride {@code stride}), for {@code cols} a multiple
 * of the lane count.
 *
 * <p>Each output is one fused multiply-add chain in coordinate order starting from +0.0:
 * {@code acc = fma(b[s][c], x[s], acc)} for s = 0, 1, ..., m - 1. The blocking (4 rows by 2
 * vectors of outputs held in registers, x broadcast, b loaded once per 4 rows) changes which
 * outputs are computed together, never the operations of one output, so the result is the
 * same for every vector size and every blocking ({@link #dot} is the scalar statement of it).
 * It differs from the reference's separate multiply and add: the differential tests bound
 * that difference instead of expecting equal bits.
 */
final class Projections {
    private static final VectorSpecies<Double> S = Lanes.SPECIES;
    private static final int L = Lanes.LANES;

    private Projections() {
    }

    /** The scalar statement: fma chain over s of a[aOffset + s] * x[xOffset + s], from +0.0. */
    static double dot(double[] a, int aOffset, double[] x, int xOffset, int m) {
        double acc = 0.0;
        for (int s = 0; s < m; s++) {
            acc = Math.fma(a[aOffset + s], x[xOffset + s], acc);
        }
        return acc;
    }

    /**
     * Rows [row0, row0 + rows) of x times columns [col0, col0 + cols) of b into
     * out[r * cols + c] (out row stride = cols); cols must be a multiple of the lane count and
     * col0 + cols at most the stride.
     */
    static void multiply(double[] x, int m, int row0, int rows, double[] b, int stride, int col0,
            int cols, double[] out) {
        int c = 0;
        for (; c + 4 * L <= cols; c += 4 * L) {
            int r = 0;
            for (; r + 4 <= rows; r += 4) {
                block4x4(x, m, row0 + r, b, stride, col0 + c, out, r * cols + c, cols);
            }
            for (; r < rows; r++) {
                block1x2(x, m, row0 + r, b, stride, col0 + c, out, r * cols + c);
                block1x2(x, m, row0 + r, b, stride, col0 + c + 2 * L, out, r * cols + c + 2 * L);
            }
        }
        for (; c + 2 * L <= cols; c += 2 * L) {
            int r = 0;
            for (; r + 4 <= rows; r += 4) {
                block4x2(x, m, row0 + r, b, stride, col0 + c, out, r * cols + c, cols);
            }
            for (; r < rows; r++) {
                block1x2(x, m, row0 + r, b, stride, col0 + c, out, r * cols + c);
            }
        }
        for (; c < cols; c += L) {
            int r = 0;
            for (; r + 4 <= rows; r += 4) {
                block4x1(x, m, row0 + r, b, stride, col0 + c, out, r * cols + c, cols);
            }
            for (; r < rows; r++) {
                block1x1(x, m, row0 + r, b, stride, col0 + c, out, r * cols + c);
            }
        }
    }

    /**
     * 4 rows by 4 vectors: 16 accumulators, 4 loads of b and 4 broadcasts per 16 FMAs (half a
     * load per FMA, against 3/4 for 4 x 2), and twice the independent chains needed to hide
     * the FMA latency on two FMA ports. Needs 21 vector registers (AVX-512 has 32).
     */
    static void block4x4(double[] x, int m, int row, double[] b, int stride, int col,
            double[] out, int o, int os) {
        DoubleVector a00 = DoubleVector.zero(S);
        DoubleVector a01 = a00;
        DoubleVector a02 = a00;
        DoubleVector a03 = a00;
        DoubleVector a10 = a00;
        DoubleVector a11 = a00;
        DoubleVector a12 = a00;
        DoubleVector a13 = a00;
        DoubleVector a20 = a00;
        DoubleVector a21 = a00;
        DoubleVector a22 = a00;
        DoubleVector a23 = a00;
        DoubleVector a30 = a00;
        DoubleVector a31 = a00;
        DoubleVector a32 = a00;
        DoubleVector a33 = a00;
        int x0 = row * m;
        for (int s = 0; s < m; s++) {
            int bo = s * stride + col;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bo);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bo + L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bo + 2 * L);
            DoubleVector b3 = DoubleVector.fromArray(S, b, bo + 3 * L);
            DoubleVector v = DoubleVector.broadcast(S, x[x0 + s]);
            a00 = b0.fma(v, a00);
            a01 = b1.fma(v, a01);
            a02 = b2.fma(v, a02);
            a03 = b3.fma(v, a03);
            v = DoubleVector.broadcast(S, x[x0 + m + s]);
            a10 = b0.fma(v, a10);
            a11 = b1.fma(v, a11);
            a12 = b2.fma(v, a12);
            a13 = b3.fma(v, a13);
            v = DoubleVector.broadcast(S, x[x0 + 2 * m + s]);
            a20 = b0.fma(v, a20);
            a21 = b1.fma(v, a21);
            a22 = b2.fma(v, a22);
            a23 = b3.fma(v, a23);
            v = DoubleVector.broadcast(S, x[x0 + 3 * m + s]);
            a30 = b0.fma(v, a30);
            a31 = b1.fma(v, a31);
            a32 = b2.fma(v, a32);
            a33 = b3.fma(v, a33);
        }
        // Stored in place: a helper taking the vectors, if C2 does not inline it, boxes them.
        a00.intoArray(out, o);
        a01.intoArray(out, o + L);
        a02.intoArray(out, o + 2 * L);
        a03.intoArray(out, o + 3 * L);
        a10.intoArray(out, o + os);
        a11.intoArray(out, o + os + L);
        a12.intoArray(out, o + os + 2 * L);
        a13.intoArray(out, o + os + 3 * L);
        a20.intoArray(out, o + 2 * os);
        a21.intoArray(out, o + 2 * os + L);
        a22.intoArray(out, o + 2 * os + 2 * L);
        a23.intoArray(out, o + 2 * os + 3 * L);
        a30.intoArray(out, o + 3 * os);
        a31.intoArray(out, o + 3 * os + L);
        a32.intoArray(out, o + 3 * os + 2 * L);
        a33.intoArray(out, o + 3 * os + 3 * L);
    }

    private static void block4x2(double[] x, int m, int row, double[] b, int stride, int col,
            double[] out, int o, int os) {
        DoubleVector a00 = DoubleVector.zero(S);
        DoubleVector a01 = a00;
        DoubleVector a10 = a00;
        DoubleVector a11 = a00;
        DoubleVector a20 = a00;
        DoubleVector a21 = a00;
        DoubleVector a30 = a00;
        DoubleVector a31 = a00;
        int x0 = row * m;
        int x1 = x0 + m;
        int x2 = x1 + m;
        int x3 = x2 + m;
        for (int s = 0; s < m; s++) {
            int bo = s * stride + col;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bo);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bo + L);
            DoubleVector v0 = DoubleVector.broadcast(S, x[x0 + s]);
            a00 = b0.fma(v0, a00);
            a01 = b1.fma(v0, a01);
            DoubleVector v1 = DoubleVector.broadcast(S, x[x1 + s]);
            a10 = b0.fma(v1, a10);
            a11 = b1.fma(v1, a11);
            DoubleVector v2 = DoubleVector.broadcast(S, x[x2 + s]);
            a20 = b0.fma(v2, a20);
            a21 = b1.fma(v2, a21);
            DoubleVector v3 = DoubleVector.broadcast(S, x[x3 + s]);
            a30 = b0.fma(v3, a30);
            a31 = b1.fma(v3, a31);
        }
        a00.intoArray(out, o);
        a01.intoArray(out, o + L);
        a10.intoArray(out, o + os);
        a11.intoArray(out, o + os + L);
        a20.intoArray(out, o + 2 * os);
        a21.intoArray(out, o + 2 * os + L);
        a30.intoArray(out, o + 3 * os);
        a31.intoArray(out, o + 3 * os + L);
    }

    private static void block1x2(double[] x, int m, int row, double[] b, int stride, int col,
            double[] out, int o) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = a0;
        int x0 = row * m;
        for (int s = 0; s < m; s++) {
            int bo = s * stride + col;
            DoubleVector v = DoubleVector.broadcast(S, x[x0 + s]);
            a0 = DoubleVector.fromArray(S, b, bo).fma(v, a0);
            a1 = DoubleVector.fromArray(S, b, bo + L).fma(v, a1);
        }
        a0.intoArray(out, o);
        a1.intoArray(out, o + L);
    }

    private static void block4x1(double[] x, int m, int row, double[] b, int stride, int col,
            double[] out, int o, int os) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        int x0 = row * m;
        for (int s = 0; s < m; s++) {
            DoubleVector bv = DoubleVector.fromArray(S, b, s * stride + col);
            a0 = bv.fma(DoubleVector.broadcast(S, x[x0 + s]), a0);
            a1 = bv.fma(DoubleVector.broadcast(S, x[x0 + m + s]), a1);
            a2 = bv.fma(DoubleVector.broadcast(S, x[x0 + 2 * m + s]), a2);
            a3 = bv.fma(DoubleVector.broadcast(S, x[x0 + 3 * m + s]), a3);
        }
        a0.intoArray(out, o);
        a1.intoArray(out, o + os);
        a2.intoArray(out, o + 2 * os);
        a3.intoArray(out, o + 3 * os);
    }

    private static void block1x1(double[] x, int m, int row, double[] b, int stride, int col,
            double[] out, int o) {
        DoubleVector a0 = DoubleVector.zero(S);
        int x0 = row * m;
        for (int s = 0; s < m; s++) {
            a0 = DoubleVector.fromArray(S, b, s * stride + col)
                    .fma(DoubleVector.broadcast(S, x[x0 + s]), a0);
        }
        a0.intoArray(out, o);
    }

    /**
     * b^T of a row-major (rows x m) array, coordinate-major with stride = rows rounded up to
     * lanes.
     */
    static double[] transpose(double[] a, int rows, int m) {
        int stride = Lanes.roundUp(Math.max(rows, 1));
        double[] t = new double[m * stride];
        for (int r = 0; r < rows; r++) {
            for (int s = 0; s < m; s++) {
                t[s * stride + r] = a[r * m + s];
            }
        }
        return t;
    }
}
