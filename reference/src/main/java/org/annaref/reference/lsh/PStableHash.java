package org.annaref.reference.lsh;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.HashFunction;
import org.annaref.spec.Matrix;
import org.annaref.spec.Require;

/**
 * One p-stable (Gaussian, p = 2) function of Datar, Immorlica, Indyk and Mirrokni (2004):
 * h(x) = floor((<a, x> + b) / w), a ~ N(0, I_m), b ~ U[0, w), bucket width w &gt; 0.
 *
 * <p>Computed in double exactly as written: {@code floor((dot + b) / w)} with
 * {@link Projection#dot}; the bucket number is that integer-valued double as a {@code long}.
 * Buckets beyond +-2^62 are rejected (the inputs are then far outside any sensible scale).
 */
public final class PStableHash implements HashFunction {
    /** Largest bucket magnitude accepted: 2^62. */
    public static final double MAX_BUCKET = 4611686018427387904.0;

    private final /*@ spec_public @*/ double[] direction;
    private final /*@ spec_public @*/ double offset;
    private final /*@ spec_public @*/ double width;

    /*@ public invariant direction.length >= 1 && width > 0;
      @ public invariant -1.7976931348623157E308 <= offset && offset <= 1.7976931348623157E308;
      @*/

    /*@ public normal_behavior
      @ requires direction != null && direction.length >= 1 && width > 0;
      @ ensures this.offset == offset && this.width == width;
      @*/
    /** The function with projection {@code direction} (copied), offset b and width w. */
    public PStableHash(double[] direction, double offset, double width) {
        Require.notNull("direction", direction);
        Require.atLeastOne("dimension", direction.length);
        Require.allFinite("direction", direction);
        Require.finite("offset b", offset);
        Require.positive("bucket width w", width);
        this.direction = (double[]) direction.clone();
        this.offset = offset;
        this.width = width;
    }

    /*@ public normal_behavior
      @ ensures \result == direction.length;
      @ assignable \strictly_nothing;
      @*/
    public int dim() {
        return direction.length;
    }

    /*@ public normal_behavior
      @ ensures \result == 1;
      @ assignable \strictly_nothing;
      @*/
    public int words() {
        return 1;
    }

    /*@ public normal_behavior
      @ ensures \result.length == direction.length;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @*/
    /** The projection a (a copy). */
    public double[] direction() {
        return (double[]) direction.clone();
    }

    /*@ public normal_behavior
      @ ensures \result == offset || (\result != \result && offset != offset);
      @ assignable \strictly_nothing;
      @*/
    /** The offset b (in [0, w) when sampled by {@link PStableFamily}; any finite b is accepted). */
    public double offset() {
        return offset;
    }

    /*@ public normal_behavior
      @ ensures \result == width || (\result != \result && width != width);
      @ assignable \strictly_nothing;
      @*/
    /** The bucket width w. */
    public double width() {
        return width;
    }

    /*@ public behavior
      @ requires points != null && 0 <= row && row < points.rows;
      @ requires points.cols == direction.length;
      @ ensures true;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** h(points[row]); throws when the bucket number is beyond +-2^62. */
    public long bucket(Matrix points, int row) {
        double value = JdkMath.floor((Projection.dot(direction, 0, points, row) + offset)
                / width);
        if (!(value > -MAX_BUCKET && value < MAX_BUCKET)) {
            throw new IllegalArgumentException("p-stable bucket of " + points.name() + "["
                    + row + "] is " + value + ", beyond +-2^62: the bucket width " + width
                    + " is far too small for these inputs");
        }
        return (long) value;
    }

    /*@ public behavior
      @ requires points != null && out != null && points.cols == direction.length;
      @ requires 0 <= row && row < points.rows && 0 <= outOffset && outOffset < out.length;
      @ requires -MAX_BUCKET
      @     < JdkMath.floor((Projection.dot(direction, 0, points, row) + offset) / width);
      @ requires JdkMath.floor((Projection.dot(direction, 0, points, row) + offset) / width)
      @     < MAX_BUCKET;
      @ ensures out[outOffset]
      @     == JdkMath.floor((Projection.dot(direction, 0, points, row) + offset) / width);
      @ assignable out[outOffset];
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires points != null && out != null && \invariant_for(points);
      @ requires points.cols != direction.length || row < 0 || row >= points.rows
      @       || outOffset < 0 || outOffset > out.length - 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public void hash(Matrix points, int row, long[] out, int outOffset) {
        HashInputs.check(dim(), words(), points, row, out, outOffset);
        out[outOffset] = bucket(points, row);
    }
}
