package org.annaref.reference.lsh;

import org.annaref.spec.HashFunction;
import org.annaref.spec.IntLemmas;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * One cross-polytope function (Andoni, Indyk, Laarhoven, Razenshteyn and Schmidt 2015) with a
 * Gaussian matrix A (m' x m, row-major; m' = m by default): y = A x, and h(x) is the closest
 * vertex of the cross-polytope {+-e_1, ..., +-e_m'} to y / ||y||, i.e. the signed coordinate of
 * largest magnitude.
 *
 * <p>Encoding (reading): with i the index of the largest |y_i| (the smallest such i on ties),
 * h(x) = 2 i if y_i &gt;= 0 and 2 i + 1 if y_i &lt; 0. Normalizing y does not change i, so it is
 * skipped. Each y_i is {@link Projection#dot} of row i of A with x. The zero vector maps to
 * vertex +e_1, value 0.
 */
public final class CrossPolytopeHash implements HashFunction {
    private final /*@ spec_public @*/ double[] rotation;
    private final /*@ spec_public @*/ int outputs;
    private final /*@ spec_public @*/ int dim;

    /*@ public invariant outputs >= 1 && dim >= 1 && rotation.length == outputs * dim;
      @*/

    /*@ public normal_behavior
      @ requires rotation != null && outputs >= 1 && dim >= 1;
      @ requires rotation.length == outputs * dim;
      @ ensures this.outputs == outputs && this.dim == dim;
      @*/
    /** The function with matrix A = {@code rotation} ({@code outputs} x {@code dim}, copied). */
    public CrossPolytopeHash(double[] rotation, int outputs, int dim) {
        Require.notNull("rotation", rotation);
        Require.atLeastOne("cross-polytope outputs m'", outputs);
        Require.atLeastOne("dimension", dim);
        if ((long) outputs * dim != rotation.length) {
            throw new IllegalArgumentException("rotation holds " + rotation.length
                    + " values, not outputs x dim = " + outputs + " x " + dim);
        }
        Require.allFinite("rotation", rotation);
        this.rotation = (double[]) rotation.clone();
        this.outputs = outputs;
        this.dim = dim;
    }

    /*@ public normal_behavior
      @ ensures \result == dim;
      @ assignable \strictly_nothing;
      @*/
    public int dim() {
        return dim;
    }

    /*@ public normal_behavior
      @ ensures \result == 1;
      @ assignable \strictly_nothing;
      @*/
    public int words() {
        return 1;
    }

    /*@ public normal_behavior
      @ ensures \result == outputs;
      @ assignable \strictly_nothing;
      @*/
    /** m', the number of rows of A (the cross-polytope has 2 m' vertices). */
    public int outputs() {
        return outputs;
    }

    /*@ public normal_behavior
      @ ensures \result.length == rotation.length;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** A, row-major (a copy). */
    public double[] rotation() {
        return (double[]) rotation.clone();
    }

    /*@ public normal_behavior
      @ requires points != null && 0 <= row && row < points.rows && points.cols == dim;
      @ ensures 0 <= \result && \result < 2L * outputs;
      @ assignable \strictly_nothing;
      @*/
    /** h(points[row]) in [0, 2 m'). */
    public long vertex(Matrix points, int row) {
        int best = 0;
        IntLemmas.productNonNegative(outputs - 1, dim);
        double bestValue = Projection.dot(rotation, 0, points, row);
        /*@ loop_invariant 1 <= i && i <= outputs && 0 <= best && best < i;
          @ decreases outputs - i;
          @ assignable \strictly_nothing;
          @*/
        for (int i = 1; i < outputs; i++) {
            IntLemmas.productNonNegative(i, dim);
            IntLemmas.productNonNegative(outputs - 1 - i, dim);
            double y = Projection.dot(rotation, i * dim, points, row);
            if (Math.abs(y) > Math.abs(bestValue)) {
                best = i;
                bestValue = y;
            }
        }
        return bestValue >= 0.0 ? 2L * best : 2L * best + 1;
    }

    /*@ public normal_behavior
      @ requires points != null && out != null && points.cols == dim;
      @ requires \invariant_for(points);
      @ requires 0 <= row && row < points.rows && 0 <= offset && offset < out.length;
      @ ensures 0 <= out[offset] && out[offset] < 2L * outputs;
      @ assignable out[offset];
      @ also
      @ public exceptional_behavior
      @ requires points != null && out != null && \invariant_for(points);
      @ requires points.cols != dim || row < 0 || row >= points.rows
      @       || offset < 0 || offset > out.length - 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public void hash(Matrix points, int row, long[] out, int offset) {
        HashInputs.check(dim(), words(), points, row, out, offset);
        out[offset] = vertex(points, row);
    }
}
