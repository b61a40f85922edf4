package org.annaref.reference.lsh;

import org.annaref.bridge.JdkMath;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.Distances;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Require;

/**
 * The Gaussian p-stable family with bucket width w (Datar et al. 2004). For two points at
 * Euclidean distance d &gt; 0, with t = w / d,
 * {@code p(d) = 1 - 2 Phi(-t) - 2 / (sqrt(2 pi) t) (1 - exp(-t^2 / 2))}, and p(0) = 1.
 *
 * <p>Sampling: the m coordinates of a are m Gaussians of {@code new SplitMix64(seed)} in
 * coordinate order, then b = w u with u the next uniform double.
 */
public final class PStableFamily implements LshFamily {
    private static final double SQRT_2 = 1.4142135623730950488;
    private static final double SQRT_2PI = 2.5066282746310005024;
    /** Below this t = w / d the series form of p(d) is used. */
    private static final double SMALL_T = 1e-3;

    private final /*@ spec_public @*/ double width;

    /*@ public invariant 0 < width && width <= 1.7976931348623157E308;
      @*/

    /*@ public normal_behavior
      @ requires width > 0;
      @ ensures this.width == width;
      @*/
    /** The family with bucket width {@code width} (finite, &gt; 0). */
    public PStableFamily(double width) {
        this.width = Require.positive("bucket width w", width);
    }

    /*@ public normal_behavior
      @ ensures \result == width || (\result != \result && width != width);
      @ assignable \strictly_nothing;
      @*/
    /** The bucket width w. */
    public double width() {
        return width;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "pstable";
    }

    /*@ public behavior
      @ requires dim >= 1;
      @ ensures \result instanceof PStableHash && \result.dim() == dim;
      @ ensures \fresh(\result);
      @ assignable \nothing;
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires dim < 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public HashFunction sample(int dim, long seed) {
        Require.atLeastOne("dimension", dim);
        SplitMix64 random = new SplitMix64(seed);
        double[] direction = new double[dim];
        /*@ loop_invariant 0 <= t && t <= dim;
          @ decreases dim - t;
          @ assignable direction[*], random.state;
          @*/
        for (int t = 0; t < dim; t++) {
            direction[t] = random.nextGaussian();
        }
        double offset = width * random.nextDouble();
        return new PStableHash(direction, offset, width);
    }

    /*@ public normal_behavior
      @ ensures \result == true;
      @ assignable \strictly_nothing;
      @*/
    public boolean hasClosedForm() {
        return true;
    }

    /*@ public normal_behavior
      @ requires x != null && y != null && x.length == y.length && x.length >= 1;
      @ ensures 0 <= \result && \result <= 1;
      @ assignable \strictly_nothing;
      @*/
    /**
     * p at the pair's Euclidean distance; a distance that overflows a double is beyond any
     * finite width, and its p is the limit 0.
     */
    public double collisionProbability(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vectors of lengths " + x.length + " and "
                    + y.length + " cannot be compared");
        }
        double distance = Distances.euclidean(x, y);
        return JdkMath.isFinite(distance) ? collisionProbability(distance, width) : 0.0;
    }

    /*@ public normal_behavior
      @ requires 0 <= distance && distance <= 1.7976931348623157E308;
      @ ensures 0 <= \result && \result <= 1;
      @ ensures distance == 0 ==> \result == 1;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires !(0 <= distance);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public double collisionProbabilityAtDistance(double distance, int dim) {
        return collisionProbability(distance, width);
    }

    /*@ public normal_behavior
      @ requires 0 <= distance && distance <= 1.7976931348623157E308;
      @ requires 0 < width && width <= 1.7976931348623157E308;
      @ ensures 0 <= \result && \result <= 1;
      @ ensures distance == 0 ==> \result == 1;
      @ also
      @ public exceptional_behavior
      @ requires !(0 <= distance && distance <= 1.7976931348623157E308)
      @       || !(0 < width && width <= 1.7976931348623157E308);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /**
     * p(d) for bucket width w. Written as erf(t / sqrt 2) - 2 / (sqrt(2 pi) t) (-expm1(-t^2/2)),
     * which equals the Datar et al. formula (1 - 2 Phi(-t) = erf(t / sqrt 2)) and keeps full
     * precision for moderate t. Below t = 1e-3 (distance beyond 1000 widths) the two terms
     * cancel to about t / sqrt(2 pi); there the series t / sqrt(2 pi) - t^3 / (12 sqrt(2 pi))
     * is used instead (relative error below 1e-12), which also holds where t^2 underflows.
     */
    public static double collisionProbability(double distance, double width) {
        Require.finite("distance", distance);
        if (distance < 0) {
            throw new IllegalArgumentException("distance must be >= 0, got " + distance);
        }
        Require.positive("bucket width w", width);
        if (distance == 0.0) {
            return 1.0;
        }
        double t = width / distance;
        double p;
        if (t < SMALL_T) {
            p = t / SQRT_2PI - t * t * t / (12.0 * SQRT_2PI);
        } else {
            p = ErrorFunction.erf(t / SQRT_2) - 2.0 / (SQRT_2PI * t) * -JdkMath.expm1(-t * t / 2.0);
        }
        return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
    }

    /*@ public normal_behavior
      @ ensures \result == 8L * dim + 16L;
      @ assignable \strictly_nothing;
      @*/
    public long bytesPerFunction(int dim) {
        return 8L * dim + 16L;
    }
}
