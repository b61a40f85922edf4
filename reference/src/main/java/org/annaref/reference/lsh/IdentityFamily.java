package org.annaref.reference.lsh;

import org.annaref.spec.HashFunction;
import org.annaref.spec.LshFamily;
import org.annaref.spec.Require;

/**
 * The exact-identity "family": every member is {@link IdentityHash}, whatever the seed, and
 * Pr[h(x) = h(y)] is 1 when x = y and 0 otherwise.
 */
public final class IdentityFamily implements LshFamily {
    /*@ public normal_behavior
      @ ensures true;
      @*/
    /** The family. */
    public IdentityFamily() {
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    public String name() {
        return "identity";
    }

    /*@ public behavior
      @ requires dim >= 1;
      @ ensures \result instanceof IdentityHash && \result.dim() == dim;
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
        return new IdentityHash(Require.atLeastOne("dimension", dim));
    }

    /*@ public normal_behavior
      @ ensures \result == true;
      @ assignable \strictly_nothing;
      @*/
    public boolean hasClosedForm() {
        return true;
    }

    /*@ public normal_behavior
      @ requires x != null && y != null && x.length == y.length;
      @ ensures \result == ((\forall int t; 0 <= t && t < x.length; x[t] == y[t]) ? 1.0 : 0.0);
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires x != null && y != null && x.length != y.length;
      @ signals_only IllegalArgumentException;
      @ assignable \nothing;
      @*/
    public double collisionProbability(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vectors of lengths " + x.length + " and "
                    + y.length + " cannot be compared");
        }
        /*@ loop_invariant 0 <= t && t <= x.length;
          @ decreases x.length - t;
          @ assignable \strictly_nothing;
          @*/
        for (int t = 0; t < x.length; t++) {
            if (x[t] != y[t]) {
                return 0.0;
            }
        }
        return 1.0;
    }

    /*@ public behavior
      @ ensures \result == (distance == 0 ? 1.0 : 0.0);
      @ assignable \strictly_nothing;
      @ signals_only IllegalArgumentException;
      @*/
    /** 1 at distance 0, else 0. */
    public double collisionProbabilityAtDistance(double distance, int dim) {
        return distance == 0.0 ? 1.0 : 0.0;
    }

    /*@ public normal_behavior
      @ ensures \result == 16;
      @ assignable \strictly_nothing;
      @*/
    public long bytesPerFunction(int dim) {
        return 16L;
    }
}
