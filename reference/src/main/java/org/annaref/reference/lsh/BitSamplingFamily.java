package org.annaref.reference.lsh;

import org.annaref.reference.random.SplitMix64;
import org.annaref.spec.Distances;
import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Require;

/**
 * Bit sampling on integer vectors: a uniform coordinate, Pr[h(x) = h(y)] = 1 - d_H(x, y) / m.
 *
 * <p>For binary vectors the Euclidean distance d and the Hamming distance satisfy d_H = d^2, so
 * at Euclidean distance d, p(d) = max(0, 1 - d^2 / m) (the p1, p2 of the parameter chooser).
 *
 * <p>Sampling: the coordinate is {@code new SplitMix64(seed).nextInt(m)}.
 */
public final class BitSamplingFamily implements LshFamily {
    /*@ public normal_behavior
      @ ensures true;
      @*/
    /** The family (it has no parameters). */
    public BitSamplingFamily() {
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "bitsample";
    }

    /*@ public behavior
      @ requires dim >= 1;
      @ ensures \result instanceof BitSamplingHash && \result.dim() == dim;
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
        return new BitSamplingHash(new SplitMix64(seed).nextInt(dim), dim);
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
      @ ensures \result == 1.0 - (double) Distances.hamming(x, y) / (double) x.length;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires x != null && y != null && (x.length != y.length || x.length == 0);
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public double collisionProbability(double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("vectors of lengths " + x.length + " and "
                    + y.length + " cannot be compared");
        }
        return collisionProbability(Distances.hamming(x, y), x.length);
    }

    /*@ public behavior
      @ requires 0 <= distance && distance <= 1.7976931348623157E308 && dim >= 1;
      @ ensures 0 <= \result && \result <= 1;
      @ assignable \strictly_nothing;
      @ signals_only IllegalArgumentException;
      @ also
      @ public exceptional_behavior
      @ requires !(0 <= distance) || dim < 1;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    /** 1 - d^2 / m, clamped at 0: binary vectors at Euclidean distance d. */
    public double collisionProbabilityAtDistance(double distance, int dim) {
        Require.finite("distance", distance);
        Require.atLeastOne("dimension", dim);
        if (distance < 0) {
            throw new IllegalArgumentException("distance must be >= 0, got " + distance);
        }
        double p = 1.0 - distance * distance / dim;
        return p < 0.0 ? 0.0 : p;
    }

    /*@ public normal_behavior
      @ requires 0 <= hamming && hamming <= dim && dim >= 1;
      @ ensures true;
      @*/
    /** 1 - hamming / dim. */
    public static double collisionProbability(int hamming, int dim) {
        Require.atLeastOne("dimension", dim);
        if (hamming < 0 || hamming > dim) {
            throw new IllegalArgumentException("Hamming distance must be in [0, " + dim
                    + "], got " + hamming);
        }
        return 1.0 - (double) hamming / (double) dim;
    }

    /*@ public normal_behavior
      @ ensures \result == 16;
      @ assignable \strictly_nothing;
      @*/
    public long bytesPerFunction(int dim) {
        return 16L;
    }
}
