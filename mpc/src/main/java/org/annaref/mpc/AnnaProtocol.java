package org.annaref.mpc;

import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TableHash;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.MpcConfig;
import org.annaref.reference.mpc.MpcSimulator;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.RoundFunction;
import org.annaref.reference.mpc.Words;
import org.annaref.spec.Matrix;

/**
 * One ANNA layer on the simulator (Theorem C.3), computing Algorithm 1 with the given hash
 * tables (the "shared random seeds": the tables are constants every machine knows).
 *
 * <p>Rounds: (1) spread the tokens to token machines; (2) every token i emits, for each table t,
 * a key record (t, g_t(k_i), tag 0, i, v_i) and a query record (t, g_t(q_i), tag 1, i), and one
 * joint {@link SampleSort} orders all 2 l N records; (3) {@link RunSums} gives each query record
 * the count C_t[b] and value sum S_t[b] of its bucket (the key records of its run) and the query
 * record sends (t, C_t[b], S_t[b]) to its token's machine; (4) a last local round on each token
 * machine adds its l results in increasing t from +0.0 and divides: out_i = S_i / C_i, or 0 when
 * C_i = 0. Rounds: 1 + sort + (2H' + 1) + 1, all predicted by {@link #predictedRounds}.
 *
 * <p>Token machines hold T tokens with 2 l T (w + 3) &lt;= s, w the record width (what they send
 * in step 2), so the l answers per token they receive in step 3 fit as well.
 *
 * <p>Agreement with {@code AnnaAlgorithm1}: the per-bucket sum adds values in increasing j from
 * +0.0 on one machine (the reference's order) and in tree order across machines; the per-query
 * sum adds in increasing t (the reference's order). So outputs agree bit for bit when no bucket
 * spans two machines and always when the values are integer-valued doubles (|sums| &lt; 2^53);
 * otherwise within rounding of the tree order. Bucket keys of tables of different width are
 * padded with zero words to the widest (the table index word keeps tables apart).
 */
public final class AnnaProtocol {
    private AnnaProtocol() {
    }

    /** Runs the layer for queries q, keys k (N x m), values v (N x m_v) with s words. */
    public static ProtocolRun<Matrix> run(Matrix q, Matrix k, Matrix v, HashTables tables,
            int memory) {
        if (tables == null) {
            throw new IllegalArgumentException("hash tables must not be null");
        }
        Shapes.check(q, k, v);
        if (q.cols() != tables.table(0).dim()) {
            throw new IllegalArgumentException("hash tables are for dimension "
                    + tables.table(0).dim() + ", but q and k have m = " + q.cols());
        }
        int n = q.rows();
        int m = q.cols();
        int mv = v.cols();
        int l = tables.count();
        int keyWidth = 0;
        for (int t = 0; t < l; t++) {
            keyWidth = Math.max(keyWidth, tables.table(t).width());
        }
        Plan plan = new Plan(n, m, mv, l, keyWidth, memory);
        MpcConfig config = new MpcConfig((long) n * plan.layout.tokenWords(),
                (int) (plan.base() + plan.sort.machines()), memory);
        MpcSimulator sim = new MpcSimulator(config);
        sim.loadInput(Inputs.tokens(q, k, v), plan.layout.tokenWords());
        sim.round(new Layout.Spread(plan.layout));
        SampleSort.Outcome sorted = SampleSort.run(sim, plan.sort, plan.base(),
                new Emit(plan, tables));
        plan.sums.run(sim, plan.base(), new Answer(plan));
        sim.round(new Combine(plan));
        Matrix out = Inputs.outputs(sim, plan.layout, mv, "ANNA (MPC) output");
        return new ProtocolRun<>(out, config, sim.statistics(), sorted.levels(),
                predictedRounds(plan, sorted.levels()));
    }

    static long predictedRounds(Plan plan, int levels) {
        return 1 + plan.sort.rounds(levels) + plan.sums.rounds() + 1;
    }

    /** The sizes of a run, fixed before it starts. */
    static final class Plan {
        final int m;
        final int mv;
        final int l;
        final int keyWidth;
        final RecordFormat format;
        final Layout layout;
        final SortPlan sort;
        final RunSums sums;

        Plan(int n, int m, int mv, int l, int keyWidth, int memory) {
            this.m = m;
            this.mv = mv;
            this.l = l;
            this.keyWidth = keyWidth;
            this.format = new RecordFormat(keyWidth + 2, mv);
            int tokenWords = 2 * m + mv;
            long perToken = Math.min(memory / tokenWords,
                    memory / (2L * l * (format.width() + 3)));
            this.layout = new Layout(n, tokenWords, memory, (int) Math.max(1, perToken));
            this.sort = SortPlan.of(memory, format, 2L * l * n);
            this.sums = new RunSums(sort, keyWidth + 1, mv);
        }

        int base() {
            return layout.tokenMachines();
        }
    }

    /** Token i emits, table by table, its key record then its query record. */
    static final class Emit implements SampleSort.Emitter {
        private final Plan plan;
        private final HashTables tables;

        Emit(Plan plan, HashTables tables) {
            this.plan = plan;
            this.tables = tables;
        }

        @Override
        public SampleSort.Emission emit(int machine, LocalMemory memory) {
            Layout layout = plan.layout;
            if (machine >= layout.tokenMachines()) {
                return SampleSort.Emission.NONE;
            }
            long[] tokens = layout.tokenWords(memory, machine);
            int count = layout.tokensOn(machine);
            int m = plan.m;
            int w = layout.tokenWords();
            int rw = plan.format.width();
            int kw = plan.keyWidth;
            long[] recs = new long[2 * plan.l * count * rw];
            long[] bucket = new long[kw];
            for (int i = 0; i < count; i++) {
                long origin = (long) machine * layout.perTokenMachine() + i;
                Matrix qi = row(tokens, i * w, m, "q");
                Matrix ki = row(tokens, i * w + m, m, "k");
                for (int t = 0; t < plan.l; t++) {
                    int key = (2 * (i * plan.l + t)) * rw;
                    int query = key + rw;
                    TableHash g = tables.table(t);
                    java.util.Arrays.fill(bucket, 0L);
                    g.bucketKey(ki, 0, bucket, 0);
                    recs[key] = t;
                    System.arraycopy(bucket, 0, recs, key + 1, kw);
                    java.util.Arrays.fill(bucket, 0L);
                    g.bucketKey(qi, 0, bucket, 0);
                    recs[query] = t;
                    System.arraycopy(bucket, 0, recs, query + 1, kw);
                    recs[key + kw + 1] = 0;
                    recs[query + kw + 1] = 1;
                    recs[key + kw + 2] = origin;
                    recs[query + kw + 2] = origin;
                    System.arraycopy(tokens, i * w + 2 * m, recs, key + kw + 3, plan.mv);
                }
            }
            long first = 2L * plan.l * machine * layout.perTokenMachine();
            return new SampleSort.Emission(recs, first);
        }

        private static Matrix row(long[] words, int at, int m, String name) {
            double[] d = new double[m];
            for (int u = 0; u < m; u++) {
                d[u] = Words.toDouble(words[at + u]);
            }
            return new Matrix(name, 1, m, d);
        }
    }

    /** A query record sends TABLE_RESULT (i, t, C_t[b], S_t[b]) to token i's machine. */
    static final class Answer implements RunSums.QueryHandler {
        private final Plan plan;

        Answer(Plan plan) {
            this.plan = plan;
        }

        @Override
        public void query(long[] records, int offset, long count, long[] sum,
                LocalMemory memory, Outbox outbox) {
            long origin = records[offset + plan.keyWidth + 2];
            long[] data = new long[3 + plan.mv];
            data[0] = origin;
            data[1] = records[offset];
            data[2] = count;
            System.arraycopy(sum, 0, data, 3, plan.mv);
            Frames.send(outbox, plan.layout.tokenMachine(origin), Kind.TABLE_RESULT, data);
        }
    }

    /** The token machines add their tokens' l results in increasing t and divide. */
    static final class Combine implements RoundFunction {
        private final Plan plan;

        Combine(Plan plan) {
            this.plan = plan;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            if (machine >= plan.layout.tokenMachines()) {
                return;
            }
            int per = plan.layout.perTokenMachine();
            int count = plan.layout.tokensOn(machine);
            long[][][] byTable = new long[count][plan.l][];
            for (Frame f : Frames.ofKind(Frames.parse(memory), Kind.TABLE_RESULT)) {
                byTable[(int) (f.get(0) - (long) machine * per)][(int) f.get(1)] = f.data();
            }
            for (int i = 0; i < count; i++) {
                double[] sum = new double[plan.mv];
                long total = 0;
                for (int t = 0; t < plan.l; t++) {
                    long[] r = byTable[i][t];
                    total += r[2];
                    for (int u = 0; u < plan.mv; u++) {
                        sum[u] += Words.toDouble(r[3 + u]);
                    }
                }
                long[] out = new long[1 + plan.mv];
                out[0] = (long) machine * per + i;
                for (int u = 0; u < plan.mv; u++) {
                    out[1 + u] = Words.ofDouble(total > 0 ? sum[u] / (double) total : 0.0);
                }
                Frames.keep(memory, Kind.OUT, out);
            }
        }
    }
}
