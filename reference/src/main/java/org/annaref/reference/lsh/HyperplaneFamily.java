package org.annaref.reference.lsh;

import org.annaref.bridge.JdkMath;
import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.Distances;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Require;

/**
 * Random hyperplanes (SimHash): Pr[h(x) = h(y)] = 1 - theta(x, y) / pi (MATH.md section 2).
 * On unit vectors at Euclidean distance d, theta = 2 asin(d / 2).
 *
 * <p>Sampling: the normal's m coordinates are m Gaussians of {@code new SplitMix64(seed)}, in
 * coordinate order.
 */
public final class HyperplaneFamily implements LshFamily {
    /*@ public normal_behavior
      @ ensures true;
      @*/
    /** The family (it has no parameters). */
    public HyperplaneFamily() {
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "hyperplane";
    }

    /*@ public behavior
      @ requires dim >= 1;
      @ ensures \result instanceof HyperplaneHash && \result.dim() == dim;
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
        double[] normal = new double[dim];
        /*@ loop_invariant 0 <= t && t <= dim;
          @ decreases dim - t;
          @ assignable normal[*], random.state;
          @*/
        for (int t = 0; t < dim; t++) {
            normal[t] = random.nextGaussian();
        }
        return new HyperplaneHash(normal);
    }

    /*@ public normal_behavior
      @ ensures \result == true;
      @ assignable \strictly_nothing;
      @*/
    public boolean hasClosedForm() {
        return true;
    }

    /*@ public behavior
      @ requires x != null && y != null && x.length == y.length && x.length >= 1;
      @ ensures (\forall int t; 0 <= t && t < x.length; x[t] == 0 && y[t] == 0) ==> \result == 1;
      @ assignable \strictly_nothing;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * 1 - theta / pi. Zero vectors follow the sign reading of {@link HyperplaneHash}: the zero
     * vector always hashes to 1, so it collides with a nonzero x with probability 1/2 (theta is
     * taken as pi/2) and with another zero vector always.
     */
    public double collisionProbability(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vectors of lengths " + x.length + " and "
                    + y.length + " cannot be compared");
        }
        if (isZero(x) && isZero(y)) {
            return 1.0;
        }
        return 1.0 - Distances.angle(x, y) / Math.PI;
    }

    /*@ public normal_behavior
      @ requires 0 <= distance && distance <= 1.7976931348623157E308;
      @ ensures 0 <= \result && \result <= 1;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires !(0 <= distance);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** 1 - 2 asin(d/2) / pi for unit vectors at Euclidean distance d (0 when d &gt;= 2). */
    public double collisionProbabilityAtDistance(double distance, int dim) {
        Require.finite("distance", distance);
        if (distance < 0) {
            throw new IllegalArgumentException("distance must be >= 0, got " + distance);
        }
        return collisionProbabilityAtAngle(angleOfUnitVectorsAt(distance));
    }

    /*@ public normal_behavior
      @ requires 0 <= theta;
      @ ensures true;
      @*/
    /** 1 - theta / pi, clamped to [0, 1]. */
    public static double collisionProbabilityAtAngle(double theta) {
        double p = 1.0 - theta / Math.PI;
        return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
    }

    /*@ public normal_behavior
      @ requires 0 <= distance;
      @ ensures true;
      @*/
    /** theta = 2 asin(d / 2) for unit vectors at distance d (pi when d &gt;= 2). */
    public static double angleOfUnitVectorsAt(double distance) {
        double half = distance / 2.0;
        return 2.0 * JdkMath.asin(half > 1.0 ? 1.0 : half);
    }

    /*@ public normal_behavior
      @ requires dim >= 1;
      @ ensures \result == 8L * dim;
      @*/
    public long bytesPerFunction(int dim) {
        return 8L * dim;
    }

    private static boolean isZero(double[] x) {
        /*@ loop_invariant 0 <= t && t <= x.length;
          @ decreases x.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < x.length; t++) {
            if (x[t] != 0.0) {
                return false;
            }
        }
        return true;
    }
}
