package org.annaref.mpc;

import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.RoundFunction;

/**
 * A round of a primitive that works on the region from machine {@code base} on: machines before
 * the region (the token machines, which may hold a protocol's state across a sort) keep their
 * memory unchanged and send nothing.
 */
final class RegionOnly implements RoundFunction {
    private final int base;
    private final RoundFunction inner;

    RegionOnly(int base, RoundFunction inner) {
        this.base = base;
        this.inner = inner;
    }

    @Override
    public void run(int machine, LocalMemory memory, Outbox outbox) {
        if (machine < base) {
            for (int i = 0; i < memory.size(); i++) {
                memory.keep(memory.word(i));
            }
            return;
        }
        inner.run(machine, memory, outbox);
    }
}
