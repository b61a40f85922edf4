package org.annaref.spec;

/**
 * A family H of hash functions (MATH.md section 2), (r, cr, p1, p2)-sensitive for suitable
 * radii. A family samples its members from a seed and, where one is known, states its
 * collision probability in closed form: the test oracle of the statistical checks.
 */
public interface LshFamily {
    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    /** The family's name as used on the command line ("hyperplane", "pstable", ...). */
    String name();

    /*@ public behavior
      @ requires dim >= 1;
      @ ensures \result != null && \result.dim() == dim;
      @ signals_only IllegalArgumentException;
      @*/
    /** Samples one member for {@code dim}-dimensional inputs; the same seed gives the same h. */
    HashFunction sample(int dim, long seed);

    /*@ public normal_behavior
      @ assignable \strictly_nothing;
      @*/
    /** True when {@link #collisionProbability} is a closed form (false for cross-polytope). */
    boolean hasClosedForm();

    /*@ public behavior
      @ requires x != null && y != null && x.length == y.length && x.length >= 1;
      @ requires hasClosedForm();
      @ ensures 0 <= \result && \result <= 1;
      @ signals_only IllegalArgumentException;
      @*/
    /** Pr over h in H of h(x) = h(y), in closed form, for this particular pair. */
    double collisionProbability(double[] x, double[] y);

    /*@ public behavior
      @ requires distance >= 0 && dim >= 1;
      @ requires hasClosedForm();
      @ ensures 0 <= \result && \result <= 1;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * The collision probability p(d) as a function of the Euclidean distance d between two
     * inputs of dimension {@code dim}, under the family's input domain (unit vectors for
     * hyperplane, R^m for p-stable, {0,1}^m for bit sampling): the p1 = p(r), p2 = p(cr) of
     * sensitivity and of the parameter chooser.
     */
    double collisionProbabilityAtDistance(double distance, int dim);

    /*@ public normal_behavior
      @ requires dim >= 1;
      @ ensures \result >= 1;
      @ assignable \strictly_nothing;
      @*/
    /** Bytes one sampled member holds for {@code dim}-dimensional inputs (for memory checks). */
    long bytesPerFunction(int dim);
}
