package org.annaref.checks.stats;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.spec.Matrix;
import org.annaref.spec.SparseWeights;

/** How a claim obtains ANNA's implied weights for given tables and input; tests plant bugs here. */
@FunctionalInterface
public interface AnnaRunner {
    /** The reference: Algorithm 2 with weights. */
    AnnaRunner REFERENCE = (tables, q, k, v) -> new AnnaAlgorithm2(tables).run(q, k, v, true)
            .weights();

    /** The implied weights of ANNA with {@code tables} on (Q, K, V). */
    SparseWeights weights(HashTables tables, Matrix q, Matrix k, Matrix v);
}
