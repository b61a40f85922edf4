package org.annaref.reference.lsh;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * The exact-identity "hash": the bucket of x is x itself, as m words, word t being the IEEE
 * bits of x_t after turning -0.0 into +0.0. Two points collide exactly when they are equal
 * coordinate-wise ({@code ==}), which makes ANNA with this family and l = z = 1 equal to EMA.
 */
public final class IdentityHash implements HashFunction {
    private final /*@ spec_public @*/ int dim;

    /*@ public invariant dim >= 1;
      @*/

    /*@ public normal_behavior
      @ requires dim >= 1;
      @ ensures this.dim == dim;
      @ assignable \nothing;
      @*/
    /** The identity on {@code dim}-dimensional inputs. */
    public IdentityHash(int dim) {
        this.dim = Require.atLeastOne("dimension", dim);
    }

    /*@ public normal_behavior
      @ ensures \result == dim;
      @ assignable \strictly_nothing;
      @*/
    public int dim() {
        return dim;
    }

    /*@ public normal_behavior
      @ ensures \result == dim;
      @ assignable \strictly_nothing;
      @*/
    public int words() {
        return dim;
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** The canonical bits of a finite double: those of +0.0 for both zeros. */
    public static long canonicalBits(double x) {
        return JdkMath.rawBits(x == 0.0 ? 0.0 : x);
    }

    /*@ public behavior
      @ requires points != null && out != null && points.cols == dim;
      @ requires 0 <= row && row < points.rows && 0 <= offset && offset + dim <= out.length;
      @ ensures (\forall int t; 0 <= t && t < dim;
      @             out[offset + t] == canonicalBits(points.get(row, t)));
      @ assignable out[offset .. offset + dim - 1];
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires points != null && out != null && \invariant_for(points);
      @ requires points.cols != dim || row < 0 || row >= points.rows
      @       || offset < 0 || offset > out.length - dim;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public void hash(Matrix points, int row, long[] out, int offset) {
        HashInputs.check(dim(), words(), points, row, out, offset);
        /*@ loop_invariant 0 <= t && t <= dim;
          @ decreases dim - t;
          @ assignable out[offset .. offset + dim - 1];
          @*/
        for (int t = 0; t < dim; t++) {
            out[offset + t] = canonicalBits(points.get(row, t));
        }
    }
}
