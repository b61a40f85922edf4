package org.annaref.twin;

import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;

/**
 * One twin ANNA run: the output rows, the implied weights when asked for, and the bytes of
 * working memory the run allocated beyond its inputs and output (its own accounting of every
 * array it held, for the memory column of the benchmarks).
 */
public record TwinRun(Matrix output, SparseWeights weights, long workingBytes) {
    /** True when the implied weights were collected. */
    public boolean hasWeights() {
        return weights != null;
    }
}
