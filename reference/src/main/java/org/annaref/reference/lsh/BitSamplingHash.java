package org.annaref.reference.lsh;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * One bit-sampling function (Indyk and Motwani 1998) on integer vectors: h(x) = x_i for a fixed
 * coordinate i. Two vectors collide exactly when they agree at i, so over a uniform i,
 * Pr[h(x) = h(y)] = 1 - d_H(x, y) / m with d_H the Hamming distance.
 *
 * <p>Inputs must be integer-valued with magnitude below 2^53 (every such double is an exact
 * integer); anything else is rejected with the offending entry named.
 */
public final class BitSamplingHash implements HashFunction {
    /** Largest magnitude of an accepted coordinate: 2^53. */
    public static final double MAX_MAGNITUDE = 9007199254740992.0;

    private final /*@ spec_public @*/ int coordinate;
    private final /*@ spec_public @*/ int dim;

    /*@ public invariant 0 <= coordinate && coordinate < dim;
      @*/

    /*@ public normal_behavior
      @ requires 0 <= coordinate && coordinate < dim;
      @ ensures this.coordinate == coordinate && this.dim == dim;
      @ assignable \nothing;
      @*/
    /** The function reading coordinate {@code coordinate} of {@code dim}-dimensional inputs. */
    public BitSamplingHash(int coordinate, int dim) {
        Require.atLeastOne("dimension", dim);
        if (coordinate < 0 || coordinate >= dim) {
            throw new IllegalArgumentException("sampled coordinate must be in [0, " + dim
                    + "), got " + coordinate);
        }
        this.coordinate = coordinate;
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
      @ ensures \result == coordinate;
      @ assignable \strictly_nothing;
      @*/
    /** The sampled coordinate i. */
    public int coordinate() {
        return coordinate;
    }

    /*@ public normal_behavior
      @ requires points != null && \invariant_for(points);
      @ requires 0 <= row && row < points.rows && points.cols == dim;
      @ requires (\exists long n; -MAX_MAGNITUDE < n && n < MAX_MAGNITUDE;
      @              points.get(row, coordinate) == n);
      @ ensures \result == (long) points.get(row, coordinate);
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires points != null && \invariant_for(points);
      @ requires 0 <= row && row < points.rows && points.cols == dim;
      @ requires !(\exists long n; -MAX_MAGNITUDE < n && n < MAX_MAGNITUDE;
      @              points.get(row, coordinate) == n);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** h(points[row]) = points[row][i] as a long; throws if it is not an exact integer. */
    public long value(Matrix points, int row) {
        double x = points.get(row, coordinate);
        if (JdkMath.floor(x) != x || !(Math.abs(x) < MAX_MAGNITUDE)) {
            throw new IllegalArgumentException("bit sampling needs integer coordinates below"
                    + " 2^53, got " + points.name() + "[" + row + "][" + coordinate + "] = " + x);
        }
        return (long) x;
    }

    /*@ public normal_behavior
      @ requires points != null && out != null && points.cols == dim && \invariant_for(points);
      @ requires 0 <= row && row < points.rows && 0 <= offset && offset < out.length;
      @ requires (\exists long n; -MAX_MAGNITUDE < n && n < MAX_MAGNITUDE;
      @              points.get(row, coordinate) == n);
      @ ensures out[offset] == (long) \old(points.get(row, coordinate));
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
        out[offset] = value(points, row);
    }
}
