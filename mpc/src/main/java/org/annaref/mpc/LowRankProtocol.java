package org.annaref.mpc;

import java.util.List;
import java.util.Map;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.MpcConfig;
import org.annaref.reference.mpc.MpcSimulator;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.RoundFunction;
import org.annaref.reference.mpc.Words;
import org.annaref.spec.Matrix;

/**
 * One low-rank attention layer on the simulator (Lemma D.2): out_i = Q'_i (K'^T V) for feature
 * maps already applied (Q', K' are N x r, V is N x m_v), as {@code LowRankAttention} without
 * normalization.
 *
 * <p>Rounds: (1) spread the tokens to token machines; (2 .. H + 1) tree-sum the per-machine
 * partial sums of k_i v_i^T (an r x m_v matrix, r m_v words) up an F-ary tree over the token
 * machines ({@link TreeReduce}); (H + 2 .. 2H + 1) broadcast M = K'^T V back down the reversed
 * tree; (2H + 2) each token machine computes q_i^T M locally. F is the largest fan-in whose
 * F partial sums fit beside the machine's tokens: F (r m_v + 3) + T (2r + m_v) + 1 &lt;= s (the
 * lemma's fan-in s / (r m)).
 *
 * <p>Order: on one machine M starts at +0.0 and adds k_j v_j^T in increasing j (the reference's
 * order); partial sums of different machines add in tree order (own part first, then children
 * left to right); q_i^T M adds over a in increasing order from +0.0 (the reference's order). So
 * the output agrees with the reference bit for bit on one machine and for integer-valued inputs
 * (|sums| &lt; 2^53), otherwise within rounding of the tree order.
 */
public final class LowRankProtocol {
    private LowRankProtocol() {
    }

    /** Runs the layer for features Q', K' (N x r) and values V (N x m_v) with s words. */
    public static ProtocolRun<Matrix> run(Matrix qFeatures, Matrix kFeatures, Matrix v,
            int memory) {
        Shapes.check(qFeatures, kFeatures, v);
        Plan plan = new Plan(qFeatures.rows(), qFeatures.cols(), v.cols(), memory);
        MpcConfig config = new MpcConfig((long) qFeatures.rows() * plan.layout.tokenWords(),
                plan.layout.tokenMachines(), memory);
        MpcSimulator sim = new MpcSimulator(config);
        sim.loadInput(Inputs.tokens(qFeatures, kFeatures, v), plan.layout.tokenWords());
        sim.round(new Layout.Spread(plan.layout));
        for (int h = 1; h <= plan.height; h++) {
            sim.round(new Up(plan, h));
        }
        for (int j = 1; j <= plan.height; j++) {
            sim.round(new Down(plan, j));
        }
        sim.round(new Apply(plan));
        Matrix out = Inputs.outputs(sim, plan.layout, v.cols(), "low-rank (MPC) output");
        return new ProtocolRun<>(out, config, sim.statistics(), 0, plan.rounds());
    }

    /** The sizes of a run. */
    static final class Plan {
        final int r;
        final int mv;
        final Layout layout;
        final int fanIn;
        final int height;
        final Segment all;

        Plan(int n, int r, int mv, int memory) {
            this.r = r;
            this.mv = mv;
            int tokenWords = 2 * r + mv;
            int perToken = Math.max(1, memory / (2 * tokenWords));
            this.layout = new Layout(n, tokenWords, memory, perToken);
            long partial = (long) r * mv + 3;
            long free = memory - (long) perToken * tokenWords - 1;
            this.fanIn = (int) Math.max(2, Math.min(1 << 20, free / partial));
            this.height = Tree.height(layout.tokenMachines(), fanIn);
            this.all = new Segment(0, n);
        }

        long rounds() {
            return 2L + 2L * height;
        }

        TreeReduce tree() {
            return new TreeReduce(layout.perTokenMachine(), fanIn, height, new Sum());
        }
    }

    /** Coordinate-wise sum of partial matrices, in the order given. */
    static final class Sum implements TreeReduce.Merge {
        @Override
        public long[] merge(List<long[]> parts) {
            long[] out = parts.get(0).clone();
            for (int p = 1; p < parts.size(); p++) {
                for (int t = 0; t < out.length; t++) {
                    out[t] = Words.ofDouble(Words.toDouble(out[t])
                            + Words.toDouble(parts.get(p)[t]));
                }
            }
            return out;
        }
    }

    /** The tokens of a token machine: raw after the spread, a TOKENS frame afterwards. */
    static long[] tokens(Plan plan, int machine, LocalMemory memory, List<Frame> frames) {
        if (frames == null) {
            return plan.layout.tokenWords(memory, machine);
        }
        return Frames.ofKind(frames, Kind.TOKENS).get(0).data();
    }

    /** Up round h: at h = 1 the machine's partial sum of k_j v_j^T; then the tree climbs. */
    static final class Up implements RoundFunction {
        private final Plan plan;
        private final int h;

        Up(Plan plan, int h) {
            this.plan = plan;
            this.h = h;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = h == 1 ? List.of() : Frames.parse(memory);
            long[] tokens = tokens(plan, machine, memory, h == 1 ? null : frames);
            Frames.keep(memory, Kind.TOKENS, tokens);
            Map<Segment, long[]> leaves = h == 1
                    ? Map.of(plan.all, partial(tokens, plan.layout.tokensOn(machine)))
                    : Map.of();
            plan.tree().up(h, machine, frames, leaves, memory, outbox, 0);
        }

        private long[] partial(long[] tokens, int count) {
            int r = plan.r;
            int w = plan.layout.tokenWords();
            double[] m = new double[r * plan.mv];
            for (int j = 0; j < count; j++) {
                for (int a = 0; a < r; a++) {
                    double feature = Words.toDouble(tokens[j * w + r + a]);
                    for (int t = 0; t < plan.mv; t++) {
                        m[a * plan.mv + t] += feature * Words.toDouble(tokens[j * w + 2 * r + t]);
                    }
                }
            }
            long[] out = new long[m.length];
            for (int t = 0; t < m.length; t++) {
                out[t] = Words.ofDouble(m[t]);
            }
            return out;
        }
    }

    /** Broadcast round j: the root's M goes down the reversed tree. */
    static final class Down implements RoundFunction {
        private final Plan plan;
        private final int j;

        Down(Plan plan, int j) {
            this.plan = plan;
            this.j = j;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = Frames.parse(memory);
            Frames.keep(memory, Frames.ofKind(frames, Kind.TOKENS).get(0));
            TreeReduce tree = plan.tree();
            Map<Segment, long[]> roots = j == 1 && machine == 0 ? tree.collect(frames) : Map.of();
            tree.down(j, machine, frames, roots, memory, outbox, 0);
        }
    }

    /** Each token machine computes q_i^T M for its tokens. */
    static final class Apply implements RoundFunction {
        private final Plan plan;

        Apply(Plan plan) {
            this.plan = plan;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            List<Frame> frames = plan.height == 0 ? null : Frames.parse(memory);
            long[] tokens;
            long[] m;
            if (frames == null) {
                tokens = plan.layout.tokenWords(memory, machine);
                m = new Up(plan, 1).partial(tokens, plan.layout.tokensOn(machine));
            } else {
                tokens = tokens(plan, machine, memory, frames);
                m = TreeReduce.broadcastValues(frames).values().iterator().next();
            }
            int r = plan.r;
            int w = plan.layout.tokenWords();
            for (int i = 0; i < plan.layout.tokensOn(machine); i++) {
                long[] out = new long[1 + plan.mv];
                out[0] = (long) machine * plan.layout.perTokenMachine() + i;
                for (int t = 0; t < plan.mv; t++) {
                    double sum = 0.0;
                    for (int b = 0; b < r; b++) {
                        sum += Words.toDouble(tokens[i * w + b])
                                * Words.toDouble(m[b * plan.mv + t]);
                    }
                    out[1 + t] = Words.ofDouble(sum);
                }
                Frames.keep(memory, Kind.OUT, out);
            }
        }
    }
}
