package org.annaref.reference.mpc;

import org.annaref.bridge.JdkMath;
import org.annaref.spec.IntLemmas;

/**
 * A (gamma, eps)-MPC configuration (MATH.md section 3): N input words, q machines, local memory
 * s words each.
 *
 * <p>{@link #fromExponents} takes the constants of the big-O's as 1: q = ceil(N^(1 + gamma -
 * eps)) and s = ceil(N^eps), each computed as ceil(x - 1e-9) so that an exact power such as
 * 1024^0.5 is not pushed up by floating-point error. The constructor takes q and s explicitly
 * (the protocols of annaref-mpc size them from their own plan). Either way the input, packed s
 * words to a machine, must fit: q &gt;= ceil(N / s).
 */
public final class MpcConfig {
    /** Slack subtracted before rounding a power up, against floating-point error. */
    private static final double ROUNDING_SLACK = 1e-9;

    private final /*@ spec_public @*/ long inputWords;
    private final /*@ spec_public @*/ int machines;
    private final /*@ spec_public @*/ int memory;

    /*@ public invariant inputWords >= 1 && machines >= 1 && memory >= 1;
      @*/

    /*@ public normal_behavior
      @ requires inputWords >= 1 && machines >= 1 && memory >= 1;
      @ requires (\bigint) machines * memory >= inputWords;
      @ ensures this.inputWords == inputWords && this.machines == machines;
      @ ensures this.memory == memory;
      @ ensures \invariant_for(this);
      @ also
      @ public exceptional_behavior
      @ requires inputWords < 1 || machines < 1 || memory < 1
      @     || (memory >= 1 && inputWords >= 1 && (\bigint) machines * memory < inputWords);
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * N input words on q machines of s words each; throws naming the value at fault.
     * ({@code helper}: KeY would otherwise demand the class invariant also when the constructor
     * throws; the normal case ensures it explicitly.)
     */
    public /*@ helper @*/ MpcConfig(long inputWords, int machines, int memory) {
        if (inputWords < 1) {
            throw new IllegalArgumentException("input words N must be >= 1, got " + inputWords);
        }
        if (machines < 1) {
            throw new IllegalArgumentException("machines q must be >= 1, got " + machines);
        }
        if (memory < 1) {
            throw new IllegalArgumentException("local memory s must be >= 1 word, got " + memory);
        }
        long needed = ceilDiv(inputWords, memory);
        if (needed > machines) {
            IntLemmas.productAtMost(machines, needed - 1, memory);
            throw new IllegalArgumentException(tooFewMachines(inputWords, needed, memory,
                    machines));
        }
        IntLemmas.productAtMost(needed, machines, memory);
        this.inputWords = inputWords;
        this.machines = machines;
        this.memory = memory;
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message for an input that needs more than q machines. */
    private static String tooFewMachines(long inputWords, long needed, int memory, int machines) {
        return needs(inputWords, needed) + " machines of s = " + has(memory, machines);
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The first part of {@link #tooFewMachines}: N and ceil(N/s). */
    private static String needs(long inputWords, long needed) {
        return "N = " + inputWords + " input words need ceil(N/s) = " + needed;
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The last part of {@link #tooFewMachines}: s and q. (Split: KeY's cost grows fast with
     * the number of pieces concatenated in one expression.) */
    private static String has(int memory, int machines) {
        return memory + " words, but q = " + machines;
    }

    /*@ public behavior
      @ requires inputWords >= 1;
      @ ensures \result.inputWords == inputWords;
      @ signals_only IllegalArgumentException;
      @*/
    /**
     * The (gamma, eps)-MPC for N = {@code inputWords}: q = ceil(N^(1 + gamma - eps)) machines
     * and s = ceil(N^eps) words each, for 0 &lt; eps &lt; 1 and gamma &gt;= 0.
     */
    public static MpcConfig fromExponents(long inputWords, double gamma, double eps) {
        if (inputWords < 1) {
            throw new IllegalArgumentException("input words N must be >= 1, got " + inputWords);
        }
        if (!(eps > 0.0 && eps < 1.0)) {
            throw new IllegalArgumentException("eps must be in (0, 1), got " + eps);
        }
        if (!(gamma >= 0.0) || !JdkMath.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite and >= 0, got " + gamma);
        }
        double n = (double) inputWords;
        double q = JdkMath.ceil(JdkMath.pow(n, 1.0 + gamma - eps) - ROUNDING_SLACK);
        double s = JdkMath.ceil(JdkMath.pow(n, eps) - ROUNDING_SLACK);
        if (q > 2147483647.0) {
            throw new IllegalArgumentException("q = N^(1 + gamma - eps) = " + q
                    + " machines is more than the simulator addresses (2^31 - 1)");
        }
        int machines = q < 1.0 ? 1 : (int) q;
        int memory = s < 1.0 ? 1 : (int) s;
        return new MpcConfig(inputWords, machines, memory);
    }

    /*@ public normal_behavior
      @ requires a >= 0 && b >= 1;
      @ ensures \result >= 0;
      @ ensures (\bigint) \result * b >= a && ((\bigint) \result - 1) * b < a;
      @ assignable \strictly_nothing;
      @*/
    /**
     * ceil(a / b) for a &gt;= 0 and b &gt;= 1: the least count whose b-fold covers a. Computed as
     * (a - 1) / b + 1, never as (a + b - 1) / b, which overflows when a is within b of
     * Long.MAX_VALUE (N = 2^63 - 1 words on machines of 2 words would look like it needs a
     * negative number of machines).
     */
    public static long ceilDiv(long a, long b) {
        if (a == 0) {
            return 0;
        }
        // Lemma call for the proof (no run-time effect): 0 <= (a - 1) / b <= a - 1, so + 1 fits.
        IntLemmas.quotientRange(a - 1, b);
        return (a - 1) / b + 1;
    }

    /*@ public normal_behavior
      @ ensures \result == inputWords;
      @ assignable \strictly_nothing;
      @*/
    /** N, the number of input words. */
    public long inputWords() {
        return inputWords;
    }

    /*@ public normal_behavior
      @ ensures \result == machines;
      @ assignable \strictly_nothing;
      @*/
    /** q, the number of machines. */
    public int machines() {
        return machines;
    }

    /*@ public normal_behavior
      @ ensures \result == memory;
      @ assignable \strictly_nothing;
      @*/
    /** s, the local memory of one machine in words. */
    public int memory() {
        return memory;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    public String toString() {
        return "MPC(N=" + inputWords + ", q=" + machines + ", s=" + memory + ")";
    }
}
