package org.annaref.reference.random;

import org.annaref.bridge.JdkMath;

/**
 * The project's one seeded generator: SplitMix64 (Steele, Lea and Flood 2014, with Stafford's
 * "Mix13" finalizer, as in Vigna's splitmix64.c and Commons RNG's {@code SplitMix64}).
 *
 * <ul>
 * <li>State: one {@code long}, initially the seed. Each {@link #nextLong()} adds
 * {@link #GOLDEN_GAMMA} to the state and returns {@link #mix64} of it, so output k (1-based)
 * of {@code new SplitMix64(s)} is {@code mix64(s + k * GOLDEN_GAMMA)}.</li>
 * <li>Uniform doubles: the top 53 bits of one output times 2^-53, in [0, 1).</li>
 * <li>Gaussians: Box-Muller from two consecutive uniforms u, v:
 * {@code sqrt(-2 ln(1 - u)) * cos(2 pi v)}. Only the cosine branch is used (the sine branch is
 * discarded), so every Gaussian consumes exactly two outputs and no state is cached.
 * Logarithm, cosine and square root come from {@code StrictMath}: same seed, same bits on every
 * JVM.</li>
 * <li>Sub-streams: the generator of item {@code index} (e.g. hash function u = t z + f) is
 * {@code new SplitMix64(derive(seed, index))}, with {@code derive(seed, index)} = output
 * index + 1 of {@code new SplitMix64(seed)}. Items can thus be sampled independently and in
 * any order.</li>
 * </ul>
 */
public final class SplitMix64 {
    /** The Weyl-sequence increment: 2^64 divided by the golden ratio, rounded to odd. */
    public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long MIX_1 = 0xBF58476D1CE4E5B9L;
    private static final long MIX_2 = 0x94D049BB133111EBL;
    /** 2^-53, the spacing of the uniform doubles. */
    private static final double DOUBLE_UNIT = 1.0 / 9007199254740992.0;
    private static final double TWO_PI = 2.0 * Math.PI;

    private /*@ spec_public @*/ long state;

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \nothing;
      @*/
    /** A generator whose state starts at {@code seed}. */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** Stafford's Mix13 finalizer: a bijection on 64-bit words with good avalanche. */
    public static long mix64(long z) {
        long x = (z ^ (z >>> 30)) * MIX_1;
        x = (x ^ (x >>> 27)) * MIX_2;
        return x ^ (x >>> 31);
    }

    /*@ public normal_behavior
      @ requires index >= 0;
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    /** The seed of sub-stream {@code index}: output index + 1 of {@code new SplitMix64(seed)}. */
    public static long derive(long seed, long index) {
        if (index < 0) {
            throw new IllegalArgumentException("sub-stream index must be >= 0, got " + index);
        }
        return mix64(seed + (index + 1) * GOLDEN_GAMMA);
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable state;
      @*/
    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /*@ public normal_behavior
      @ ensures 0.0 <= \result && \result < 1.0;
      @ assignable state;
      @*/
    /** A uniform double in [0, 1): the top 53 bits of {@link #nextLong()} times 2^-53. */
    public double nextDouble() {
        return (double) (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /*@ public normal_behavior
      @ requires bound >= 1;
      @ ensures 0 <= \result && \result < bound;
      @ assignable state;
      @*/
    /**
     * A uniform integer in [0, bound), without bias: 63-bit outputs that fall in the incomplete
     * last block of {@code bound} values are rejected and drawn again.
     */
    public int nextInt(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be >= 1, got " + bound);
        }
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound + 1) % bound;
        long u = nextLong() >>> 1;
        // No decreases clause exists: the loop ends with probability 1 (each draw is accepted
        // with probability above 1/2), which KeY cannot express.
        /*@ loop_invariant true;
          @ assignable state;
          @*/
        while (u > limit) {
            u = nextLong() >>> 1;
        }
        return (int) (u % bound);
    }

    /*@ public normal_behavior
      @ ensures true;
      @ assignable state;
      @*/
    /** A standard normal variate by Box-Muller (cosine branch), from two uniforms. */
    public double nextGaussian() {
        double u = nextDouble();
        double v = nextDouble();
        double radius = JdkMath.sqrt(-2.0 * JdkMath.log(1.0 - u));
        return radius * JdkMath.cos(TWO_PI * v);
    }
}
