package org.annaref.checks.stats;

import org.annaref.twin.TwinAnna;
import org.annaref.twin.TwinSampler;

/**
 * The twin plugged into the validation: its own sampler (the reference rule, written again for
 * flat arrays) and its ANNA with implied weights. {@code new Validation(preset, seed, families,
 * progress, TwinRunners.SAMPLER, TwinRunners.ANNA)} runs every claim against the twin.
 */
public final class TwinRunners {
    /** Tables sampled by the twin ({@link TwinSampler}), handed over as reference objects. */
    public static final TableSampler SAMPLER = TwinSampler::sampleAsReference;

    /** The twin's ANNA (Algorithm 2, vectorized) with implied weights. */
    public static final AnnaRunner ANNA = (tables, q, k, v) -> new TwinAnna(tables)
            .run(q, k, v, true).weights();

    private TwinRunners() {
    }
}
