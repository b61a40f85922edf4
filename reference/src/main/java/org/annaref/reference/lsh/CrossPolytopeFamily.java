package org.annaref.reference.lsh;

import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Require;

/**
 * The cross-polytope family with a Gaussian m x m matrix (the angular LSH of the ANNA
 * experiments). It has no simple closed form: {@link #hasClosedForm()} is false and the
 * statistical checks compare it with an independent Monte Carlo estimate instead.
 *
 * <p>Sampling: A's m x m entries are Gaussians of {@code new SplitMix64(seed)} in row-major
 * order.
 */
public final class CrossPolytopeFamily implements LshFamily {
    /*@ public normal_behavior
      @ ensures true;
      @*/
    /** The family (square Gaussian matrices). */
    public CrossPolytopeFamily() {
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "crosspolytope";
    }

    /*@ public behavior
      @ requires dim >= 1 && (long) dim * dim <= 2147483639;
      @ ensures \result instanceof CrossPolytopeHash && \result.dim() == dim;
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
        long entries = (long) dim * dim;
        if (entries > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("cross-polytope matrix of dimension " + dim
                    + " needs " + entries + " entries, more than an array holds");
        }
        SplitMix64 random = new SplitMix64(seed);
        double[] rotation = new double[dim * dim];
        /*@ loop_invariant 0 <= t && t <= rotation.length;
          @ decreases rotation.length - t;
          @ assignable rotation[*], random.state;
          @*/
        for (int t = 0; t < rotation.length; t++) {
            rotation[t] = random.nextGaussian();
        }
        return new CrossPolytopeHash(rotation, dim, dim);
    }

    /*@ public normal_behavior
      @ ensures !\result;
      @ assignable \strictly_nothing;
      @*/
    public boolean hasClosedForm() {
        return false;
    }

    /*@ public exceptional_behavior
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Not available: throws (there is no closed form; see the class comment). */
    public double collisionProbability(double[] x, double[] y) {
        throw new IllegalArgumentException("the cross-polytope family has no closed-form"
                + " collision probability; estimate it by sampling");
    }

    /*@ public exceptional_behavior
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** Not available: throws (there is no closed form; see the class comment). */
    public double collisionProbabilityAtDistance(double distance, int dim) {
        throw new IllegalArgumentException("the cross-polytope family has no closed-form"
                + " collision probability; estimate it by sampling");
    }

    /*@ public normal_behavior
      @ ensures \result == 8L * dim * dim + 16L;
      @ assignable \strictly_nothing;
      @*/
    public long bytesPerFunction(int dim) {
        return 8L * dim * dim + 16L;
    }
}
