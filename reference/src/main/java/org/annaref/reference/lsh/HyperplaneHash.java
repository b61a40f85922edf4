package org.annaref.reference.lsh;

import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * One random-hyperplane function (SimHash, Charikar 2002): h(x) = 1 if {@code <a, x> >= 0},
 * else 0, with a ~ N(0, I_m).
 *
 * <p>Reading (sign at 0): a projection of exactly zero (+0.0 or -0.0) hashes to 1, so the zero
 * vector hashes to 1 under every function. The projection is {@link Projection#dot}.
 */
public final class HyperplaneHash implements HashFunction {
    private final /*@ spec_public @*/ double[] normal;

    /*@ public invariant normal.length >= 1;
      @*/

    /*@ public normal_behavior
      @ requires normal != null && normal.length >= 1;
      @ ensures this.normal.length == normal.length;
      @*/
    /** The function with hyperplane normal {@code normal} (copied). */
    public HyperplaneHash(double[] normal) {
        Require.notNull("normal", normal);
        Require.atLeastOne("dimension", normal.length);
        Require.allFinite("normal", normal);
        this.normal = (double[]) normal.clone();
    }

    /*@ public normal_behavior
      @ ensures \result == normal.length;
      @ assignable \strictly_nothing;
      @*/
    public int dim() {
        return normal.length;
    }

    /*@ public normal_behavior
      @ ensures \result == 1;
      @ assignable \strictly_nothing;
      @*/
    public int words() {
        return 1;
    }

    /*@ public normal_behavior
      @ ensures \result.length == normal.length;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The normal vector a (a copy): the data an export writes. */
    public double[] normal() {
        return (double[]) normal.clone();
    }

    /*@ public normal_behavior
      @ requires points != null && row >= 0 && row < points.rows && points.cols == normal.length;
      @ ensures \result == 0 || \result == 1;
      @ assignable \strictly_nothing;
      @*/
    /** h(points[row]) as 0 or 1. */
    public long bit(Matrix points, int row) {
        return Projection.dot(normal, 0, points, row) >= 0.0 ? 1L : 0L;
    }

    /*@ public normal_behavior
      @ requires points != null && out != null && points.cols == normal.length;
      @ requires \invariant_for(points);
      @ requires 0 <= row && row < points.rows && 0 <= offset && offset < out.length;
      @ ensures out[offset] == 0 || out[offset] == 1;
      @ assignable out[offset];
      @ also
      @ public exceptional_behavior
      @ requires points != null && out != null && \invariant_for(points);
      @ requires points.cols != normal.length || row < 0 || row >= points.rows
      @       || offset < 0 || offset > out.length - 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public void hash(Matrix points, int row, long[] out, int offset) {
        HashInputs.check(dim(), words(), points, row, out, offset);
        out[offset] = bit(points, row);
    }
}
