package org.annaref.mpc;

/**
 * The implicit F-ary tree over positions 0 .. P - 1 that every aggregation, broadcast and scan
 * uses: position p is a node at height h when F^h divides p; its parent at height h + 1 is
 * p - (p mod F^(h+1)); its children at height h - 1 are p + i F^(h-1) for i = 0 .. F - 1 (child 0
 * is the node itself). The root is position 0 at height ceil(log_F P), so information crosses the
 * tree in that many rounds.
 */
public final class Tree {
    private Tree() {
    }

    /** ceil(log_F P): the number of rounds to move information between the leaves and the root. */
    public static int height(long positions, int fanIn) {
        if (fanIn < 2) {
            throw new IllegalArgumentException("fan-in must be >= 2, got " + fanIn);
        }
        int h = 0;
        long reach = 1;
        while (reach < positions) {
            reach *= fanIn;
            h++;
        }
        return h;
    }

    /** F^h, saturating at Long.MAX_VALUE. */
    public static long power(int fanIn, int h) {
        long p = 1;
        for (int i = 0; i < h; i++) {
            if (p > Long.MAX_VALUE / fanIn) {
                return Long.MAX_VALUE;
            }
            p *= fanIn;
        }
        return p;
    }

    /** True when position p is a node at height h. */
    public static boolean isNode(long p, int h, int fanIn) {
        return p % power(fanIn, h) == 0;
    }

    /** The node at height h whose subtree holds position p. */
    public static long ancestor(long p, int h, int fanIn) {
        return p - p % power(fanIn, h);
    }
}
