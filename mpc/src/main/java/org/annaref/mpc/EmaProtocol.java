package org.annaref.mpc;

import org.annaref.reference.lsh.IdentityHash;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.MpcConfig;
import org.annaref.reference.mpc.MpcSimulator;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.Words;
import org.annaref.spec.Matrix;

/**
 * One EMA layer on the simulator (Theorem C.1), read as: every token machine emits a key record
 * (key, tag K, origin, value) and a query record (key, tag Q, origin); one joint
 * {@link SampleSort} by (key, tag, origin); a segmented prefix sum over runs of equal keys
 * ({@link RunSums}) gives each query record the sum and count of its run's key records; each
 * query record sends its average (or 0) to its token machine.
 *
 * <p>This replaces the paper's hashed "meta-info" machines by the same primitives with the same
 * round and machine bounds, and without the hashing failure probability. Keys compare by their
 * canonical bits (-0.0 as +0.0, as {@link org.annaref.reference.ema.ExactMatchAttention}).
 *
 * <p>Rounds: 1 (spread) + sort ({@link SortPlan#rounds}) + 2H' + 1 (run sums). Token machines
 * hold T = floor(s / (2 (w + 3))) tokens, w = 2m + 2 words per record (value width m_v = m is
 * not required: w = m + 2 + m_v).
 *
 * <p>Agreement with {@code ExactMatchAttention}: bit for bit when the values are integer-valued
 * doubles (sums of integers below 2^53 are exact in any order); otherwise a run whose key records
 * span more than two machines adds partial sums in tree order, and the outputs agree within a
 * relative 1e-12 (EmaProtocolTest).
 */
public final class EmaProtocol {
    private EmaProtocol() {
    }

    /** Runs the layer for queries q, keys k (N x m) and values v (N x m_v) with s words. */
    public static ProtocolRun<Matrix> run(Matrix q, Matrix k, Matrix v, int memory) {
        Shapes.check(q, k, v);
        int n = q.rows();
        int m = q.cols();
        int mv = v.cols();
        RecordFormat format = new RecordFormat(m + 1, mv);
        int tokenWords = 2 * m + mv;
        int perToken = (int) Math.max(1, Math.min(memory / tokenWords,
                memory / (2L * (format.width() + 3))));
        Layout layout = new Layout(n, tokenWords, memory, perToken);
        SortPlan plan = SortPlan.of(memory, format, 2L * n);
        RunSums sums = new RunSums(plan, m, mv);
        int base = layout.tokenMachines();
        MpcConfig config = new MpcConfig((long) n * tokenWords,
                (int) (base + plan.machines()), memory);
        MpcSimulator sim = new MpcSimulator(config);
        sim.loadInput(Inputs.tokens(q, k, v), tokenWords);
        sim.round(new Layout.Spread(layout));
        SampleSort.Outcome sorted = SampleSort.run(sim, plan, base, new Emit(layout, m, mv));
        sums.run(sim, base, new Answer(layout, m, mv));
        Matrix out = Inputs.outputs(sim, layout, mv, "EMA (MPC) output");
        return new ProtocolRun<>(out, config, sim.statistics(), sorted.levels(),
                1 + plan.rounds(sorted.levels()) + sums.rounds());
    }

    /** Token i emits (canon(k_i), K, i, v_i) and (canon(q_i), Q, i, 0). */
    record Emit(Layout layout, int m, int mv) implements SampleSort.Emitter {
        @Override
        public SampleSort.Emission emit(int machine, LocalMemory memory) {
            if (machine >= layout.tokenMachines()) {
                return SampleSort.Emission.NONE;
            }
            long[] tokens = layout.tokenWords(memory, machine);
            int count = layout.tokensOn(machine);
            int w = 2 * m + mv;
            int rw = m + 2 + mv;
            long[] recs = new long[2 * count * rw];
            for (int t = 0; t < count; t++) {
                long origin = (long) machine * layout.perTokenMachine() + t;
                int key = 2 * t * rw;
                int query = key + rw;
                for (int u = 0; u < m; u++) {
                    recs[key + u] = canonical(tokens[t * w + m + u]);
                    recs[query + u] = canonical(tokens[t * w + u]);
                }
                recs[key + m] = 0;
                recs[query + m] = 1;
                recs[key + m + 1] = origin;
                recs[query + m + 1] = origin;
                System.arraycopy(tokens, t * w + 2 * m, recs, key + m + 2, mv);
            }
            return new SampleSort.Emission(recs, 2L * machine * layout.perTokenMachine());
        }
    }

    static long canonical(long bits) {
        return IdentityHash.canonicalBits(Words.toDouble(bits));
    }

    /** A query record sends (i, average or 0) to token i's machine. */
    record Answer(Layout layout, int m, int mv) implements RunSums.QueryHandler {
        @Override
        public void query(long[] records, int offset, long count, long[] sum,
                LocalMemory memory, Outbox outbox) {
            long origin = records[offset + m + 1];
            long[] data = new long[1 + mv];
            data[0] = origin;
            for (int t = 0; t < mv; t++) {
                double avg = count > 0 ? Words.toDouble(sum[t]) / (double) count : 0.0;
                data[1 + t] = Words.ofDouble(avg);
            }
            Frames.send(outbox, layout.tokenMachine(origin), Kind.OUT, data);
        }
    }

}
