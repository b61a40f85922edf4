package org.annaref.mpc;

import java.util.List;
import java.util.Random;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm1;
import org.annaref.reference.attention.DenominatorPolicy;
import org.annaref.reference.attention.LowRankAttention;
import org.annaref.reference.ema.ExactMatchAttention;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.Matrix;
import org.annaref.spec.TableParams;

/**
 * One measured protocol run, as {@code annaref mpc} and the sweep test do it: seeded inputs of
 * N tokens, the protocol on the simulator, the reference on the same inputs, and the bounds the
 * theorems state.
 *
 * <p><b>Readings.</b> Items (tokens) are m = max(1, round(N^eps)) words wide (the "items of size
 * N^eps" of Lemma C.2); local memory is s = ceil(kappa N^eps') words, kappa the memory constant
 * (the constant hidden in s = O(N^eps')). ANNA uses l = ceil(N^(3 / c^2)) hyperplane tables of z
 * functions (Theorem C.3's machine factor N^(3/c^2) comes from these l copies). Inputs are
 * integer-valued where the protocol's summation order differs from the reference's (so the
 * check is bit for bit): EMA and ANNA values, low-rank features and values. EMA keys and queries
 * draw each coordinate from round(sqrt(N)) integers, so about sqrt(N) keys match a query when
 * m = 1; hop and khop use the experiments' distribution (|Sigma| = 4, no symbol equal to its
 * predecessor).
 *
 * @param protocol one of {@link #PROTOCOLS}
 * @param k the hop count (khop only; hop is k = 1)
 * @param c ANNA's approximation factor (sets l)
 * @param hashes z, functions per ANNA table
 * @param memoryConstant kappa in s = ceil(kappa N^eps')
 */
public record MpcCase(String protocol, int n, double eps, double epsPrime, int k, double c,
        int hashes, double memoryConstant, long seed) {
    /** The protocols, as the command line names them. */
    public static final List<String> PROTOCOLS = List.of("ema", "anna", "lowrank", "hop", "khop");

    /** Checks every parameter, naming the one at fault. */
    public MpcCase {
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("--protocol must be one of " + PROTOCOLS + ", got "
                    + protocol);
        }
        if (n < 1 || n > 1_000_000) {
            throw new IllegalArgumentException("--n must be in 1 .. 1000000, got " + n);
        }
        if (!(eps >= 0.0 && eps < 1.0)) {
            throw new IllegalArgumentException("--eps must be in [0, 1), got " + eps);
        }
        if (!(epsPrime > eps && epsPrime <= 1.0)) {
            throw new IllegalArgumentException("--eps-prime must be in (eps, 1] = (" + eps
                    + ", 1], got " + epsPrime);
        }
        if (k < 1) {
            throw new IllegalArgumentException("--k must be >= 1, got " + k);
        }
        if (!(c > 1.0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("--c must be finite and > 1, got " + c);
        }
        if (hashes < 1 || hashes > 64) {
            throw new IllegalArgumentException("--hashes must be in 1 .. 64, got " + hashes);
        }
        if (!(memoryConstant > 0.0) || Double.isInfinite(memoryConstant)) {
            throw new IllegalArgumentException("--memory-constant must be finite and > 0, got "
                    + memoryConstant);
        }
    }

    /** m, the words of one item (token width), max(1, round(N^eps)). */
    public int width() {
        return (int) Math.max(1, Math.round(Math.pow(n, eps)));
    }

    /** s = ceil(kappa N^eps') words. */
    public int memory() {
        double s = Math.ceil(memoryConstant * Math.pow(n, epsPrime) - 1e-9);
        if (s > 1 << 30) {
            throw new IllegalArgumentException("s = " + s + " words is more than the simulator"
                    + " allocates; lower --memory-constant or --eps-prime");
        }
        return (int) Math.max(1, s);
    }

    /** l = ceil(N^(3 / c^2)) (ANNA), at most {@link #MAX_TABLES}. */
    public int tables() {
        double l = Math.ceil(Math.pow(n, 3.0 / (c * c)) - 1e-9);
        if (l > MAX_TABLES) {
            throw new IllegalArgumentException("--c = " + c + " gives l = N^(3/c^2) = " + l
                    + " tables for N = " + n + ", more than " + MAX_TABLES + "; raise --c");
        }
        return (int) Math.max(1, l);
    }

    /** The most ANNA tables a run samples (each token emits 2 l records). */
    public static final int MAX_TABLES = 4096;

    /** The theorem's machine count without its constant: N^(1 + eps - eps') (ANNA: x N^(3/c^2)). */
    public double machineBound() {
        double base = Math.pow(n, 1.0 + eps - epsPrime);
        return protocol.equals("anna") ? base * Math.pow(n, 3.0 / (c * c)) : base;
    }

    /** The theorem's round count without its constant: 1/(eps' - eps), x (log2 k + 1) for k-hop. */
    public double roundBound() {
        double base = 1.0 / (epsPrime - eps);
        return protocol.equals("khop") ? base * (32 - Integer.numberOfLeadingZeros(k)) : base;
    }

    /** What a run gave: the protocol's run, mismatching output rows, the reference's name. */
    public record Outcome(MpcCase runCase, ProtocolRun<?> run, int mismatches, int rows,
            String reference) {
        public boolean agrees() {
            return mismatches == 0;
        }
    }

    /** Runs the protocol and the reference on the same seeded inputs. */
    public Outcome run() {
        Random rng = new Random(seed);
        int m = width();
        int s = memory();
        switch (protocol) {
            case "ema": {
                int alphabet = (int) Math.max(2, Math.round(Math.sqrt(n)));
                Matrix q = integers("Q", m, alphabet, rng);
                Matrix kk = integers("K", m, alphabet, rng);
                Matrix v = integers("V", 1, 1000, rng);
                ProtocolRun<Matrix> run = EmaProtocol.run(q, kk, v, s);
                return matrices(run, new ExactMatchAttention().attend(q, kk, v), "EMA (reference)");
            }
            case "anna": {
                int dim = Math.max(2, m);
                Matrix q = gaussian("Q", dim, rng);
                double[] kd = new double[n * dim];
                for (int i = 0; i < kd.length; i++) {
                    kd[i] = q.get(i / dim, i % dim) + 0.3 * rng.nextGaussian();
                }
                Matrix kk = new Matrix("K", n, dim, kd);
                Matrix v = integers("V", 1, 1000, rng);
                HashTables tables = HashTables.sample(new HyperplaneFamily(), dim,
                        new TableParams(tables(), hashes, seed));
                ProtocolRun<Matrix> run = AnnaProtocol.run(q, kk, v, tables, s);
                return matrices(run, new AnnaAlgorithm1(tables).attend(q, kk, v),
                        "ANNA Algorithm 1 (reference, same tables)");
            }
            case "lowrank": {
                Matrix q = integers("Q'", m, 21, rng);
                Matrix kk = integers("K'", m, 21, rng);
                Matrix v = integers("V", m, 21, rng);
                ProtocolRun<Matrix> run = LowRankProtocol.run(q, kk, v, s);
                return matrices(run, new LowRankAttention(false, DenominatorPolicy.ZERO_ROW)
                        .attend(q, kk, v), "low-rank attention (reference)");
            }
            default: {
                int hops = protocol.equals("hop") ? 1 : k;
                long[] x = Symbols.random(n, 4, true, seed);
                ProtocolRun<long[]> run = HopProtocol.run(x, hops, s);
                long[] expected = HopReference.hop(x, hops);
                int bad = 0;
                for (int i = 0; i < n; i++) {
                    bad += expected[i] == run.output()[i] ? 0 : 1;
                }
                return new Outcome(this, run, bad, n, "direct hop_" + hops);
            }
        }
    }

    private Outcome matrices(ProtocolRun<Matrix> run, Matrix expected, String name) {
        int bad = 0;
        for (int i = 0; i < expected.rows(); i++) {
            for (int t = 0; t < expected.cols(); t++) {
                if (Double.doubleToRawLongBits(expected.get(i, t))
                        != Double.doubleToRawLongBits(run.output().get(i, t))) {
                    bad++;
                    break;
                }
            }
        }
        return new Outcome(this, run, bad, expected.rows(), name);
    }

    private Matrix integers(String name, int cols, int alphabet, Random rng) {
        double[] d = new double[n * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextInt(alphabet) - alphabet / 2;
        }
        return new Matrix(name, n, cols, d);
    }

    private Matrix gaussian(String name, int cols, Random rng) {
        double[] d = new double[n * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return new Matrix(name, n, cols, d);
    }
}
