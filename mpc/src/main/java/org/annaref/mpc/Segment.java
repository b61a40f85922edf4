package org.annaref.mpc;

/**
 * A run of consecutive positions [lo, hi) of a region laid out {@code perMachine} positions to a
 * machine: position x lives on machine base + x / perMachine. A segment is the unit of every tree
 * (its root is its first machine) and, in the sort, a bucket still to be sorted.
 */
record Segment(long lo, long hi) {
    /** The segment's first machine, relative to the region's base. */
    long firstMachine(long perMachine) {
        return lo / perMachine;
    }

    /** The number of machines the segment touches. */
    long machines(long perMachine) {
        return (hi - 1) / perMachine - lo / perMachine + 1;
    }

    /** The position (in the segment's tree) of relative machine {@code rel}. */
    long position(long rel, long perMachine) {
        return rel - lo / perMachine;
    }

    long size() {
        return hi - lo;
    }

    static Segment of(Frame f) {
        return new Segment(f.get(0), f.get(1));
    }
}
