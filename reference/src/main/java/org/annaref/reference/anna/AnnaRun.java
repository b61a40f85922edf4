package org.annaref.reference.anna;

import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;

/** The result of one ANNA run: the output rows and, when asked for, the implied weights. */
public final class AnnaRun {
    private final /*@ spec_public @*/ Matrix output;
    private final /*@ spec_public nullable @*/ SparseWeights weights;

    /*@ public normal_behavior
      @ requires output != null;
      @ ensures this.output == output && this.weights == weights;
      @*/
    AnnaRun(Matrix output, /*@ nullable @*/ SparseWeights weights) {
        this.output = output;
        this.weights = weights;
    }

    /*@ public normal_behavior
      @ ensures \result == output;
      @ assignable \strictly_nothing;
      @*/
    /** One output row per query. */
    public Matrix output() {
        return output;
    }

    /*@ public normal_behavior
      @ ensures \result == weights;
      @ assignable \strictly_nothing;
      @*/
    /** The implied weights c_ij / C_i, or null when the run was not asked for them. */
    public /*@ nullable @*/ SparseWeights weights() {
        return weights;
    }

    /*@ public normal_behavior
      @ ensures \result <==> weights != null;
      @ assignable \strictly_nothing;
      @*/
    /** True when the implied weights were collected. */
    public boolean hasWeights() {
        return weights != null;
    }
}
