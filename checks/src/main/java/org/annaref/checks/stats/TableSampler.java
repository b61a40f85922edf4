package org.annaref.checks.stats;

import org.annaref.reference.amplify.HashTables;
import org.annaref.spec.LshFamily;
import org.annaref.spec.TableParams;

/** How a claim obtains its l tables of z functions; tests plant bugs here. */
@FunctionalInterface
public interface TableSampler {
    /** The reference rule ({@link HashTables#sample}). */
    TableSampler REFERENCE = HashTables::sample;

    /** l tables of z functions of {@code family} for dimension {@code dim}. */
    HashTables sample(LshFamily family, int dim, TableParams params);
}
