package org.annaref.mpc;

import java.util.List;
import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.MpcConfig;
import org.annaref.reference.mpc.MpcSimulator;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.RoundFunction;

/**
 * Induction heads on the simulator: 1-hop (Lemma F.3) and k-hop by pointer doubling
 * (Theorem F.4), giving {@link HopReference#hop} exactly (integer outputs).
 *
 * <p><b>find</b> (Lemma F.3, 0-based): after the spread, each token machine sends its last
 * symbol to the next one (1 round), so token j knows x[j - 1]. Token j &gt;= 1 emits a key
 * record (x[j - 1], tag 2(j - 1), j | j, x[j]) and every token i a query record
 * (x[i], tag 2i - 1, i); one {@link SampleSort} by (symbol, tag) puts, in each symbol's run,
 * the key records of predecessors at positions &lt; i before query i; {@link RunSums} in
 * {@link RunSums#LAST} mode hands query i the value of the last such key record: (find(i),
 * x[find(i)]), or none when there is none.
 *
 * <p><b>k-hop</b>: every token holds F = f^(2^b) and G, both as (pointer, symbol at pointer),
 * G starting as the identity. Step b (b = 0 .. B - 1 for the B binary digits of k): when digit
 * b is set, G := F o G (a plain copy G := F while G is still the identity); unless b is the last
 * step, F := F o F. A composition is one join: key records (j, tag 0, j | F(j)), query records
 * (target, tag 1 for G or 3 for F, i); query records of tokens whose target is none (or that need
 * no lookup) go to group -1, where no key record lives, and get no answer: "none" composed with
 * anything stays none, so no answer means no change. So O(log k) joins of O(1/(eps' - eps))
 * rounds each.
 */
public final class HopProtocol {
    private static final RecordFormat FORMAT = new RecordFormat(2, 2);
    private static final int STATE = 4;

    private HopProtocol() {
    }

    /** hop_k(x) on the simulator with s = {@code memory} words per machine. */
    public static ProtocolRun<long[]> run(long[] x, int k, int memory) {
        Symbols.check(x);
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        Plan plan = new Plan(x.length, k, memory);
        MpcConfig config = new MpcConfig(x.length, plan.machines(), memory);
        MpcSimulator sim = new MpcSimulator(config);
        sim.loadInput(x.clone(), 1);
        sim.round(new Layout.Spread(plan.layout));
        sim.round(new Neighbour(plan));
        long predicted = 3;
        int levels = 0;
        SampleSort.Outcome find = SampleSort.run(sim, plan.findSort, plan.base(),
                new FindEmit(plan));
        plan.findSums.run(sim, plan.base(), new Reply(plan, true));
        predicted += plan.findSort.rounds(find.levels()) + plan.findSums.rounds();
        levels += find.levels();
        for (int b = 0; b < plan.digits; b++) {
            if (plan.joinNeeded(b)) {
                SampleSort.Outcome join = SampleSort.run(sim, plan.joinSort, plan.base(),
                        new JoinEmit(plan, b));
                plan.joinSums.run(sim, plan.base(), new Reply(plan, false));
                predicted += plan.joinSort.rounds(join.levels()) + plan.joinSums.rounds();
                levels += join.levels();
            }
        }
        sim.round(new Finish(plan));
        return new ProtocolRun<>(Inputs.longOutputs(sim, plan.layout), config, sim.statistics(),
                levels, predicted);
    }

    /** Sizes and the digit schedule of one run. */
    static final class Plan {
        final int k;
        final int digits;
        final Layout layout;
        final SortPlan findSort;
        final SortPlan joinSort;
        final RunSums findSums;
        final RunSums joinSums;

        Plan(int n, int k, int memory) {
            this.k = k;
            this.digits = 32 - Integer.numberOfLeadingZeros(k);
            int perToken = Math.max(1, memory / (2 * 3 * (FORMAT.width() + 3)));
            this.layout = new Layout(n, 1, memory, perToken);
            this.findSort = SortPlan.of(memory, FORMAT, 2L * n - 1);
            this.joinSort = SortPlan.of(memory, FORMAT, 3L * n);
            this.findSums = new RunSums(findSort, 1, 2, RunSums.LAST);
            this.joinSums = new RunSums(joinSort, 1, 2, RunSums.LAST);
        }

        int base() {
            return layout.tokenMachines();
        }

        int machines() {
            return (int) (base() + Math.max(findSort.machines(), joinSort.machines()));
        }

        boolean digit(int b) {
            return ((k >>> b) & 1) == 1;
        }

        /** G is still the identity at step b: no lower digit of k is set. */
        boolean identityAt(int b) {
            return (k & ((1 << b) - 1)) == 0;
        }

        boolean needG(int b) {
            return digit(b) && !identityAt(b);
        }

        boolean needF(int b) {
            return b < digits - 1;
        }

        boolean joinNeeded(int b) {
            return needG(b) || needF(b);
        }
    }

    /** Round 2: keep the tokens as a frame, send the last symbol to the next token machine. */
    static final class Neighbour implements RoundFunction {
        private final Plan plan;

        Neighbour(Plan plan) {
            this.plan = plan;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            long[] symbols = plan.layout.tokenWords(memory, machine);
            Frames.keep(memory, Kind.TOKENS, symbols);
            if (machine + 1 < plan.layout.tokenMachines()) {
                Frames.send(outbox, machine + 1, Kind.NEIGHBOUR,
                        new long[] {symbols[symbols.length - 1]});
            }
        }
    }

    /** The find join's records; keeps the starting state F = none, G = (i, x[i]). */
    static final class FindEmit implements SampleSort.Emitter {
        private final Plan plan;

        FindEmit(Plan plan) {
            this.plan = plan;
        }

        @Override
        public SampleSort.Emission emit(int machine, LocalMemory memory) {
            if (machine >= plan.base()) {
                return SampleSort.Emission.NONE;
            }
            List<Frame> frames = Frames.parse(memory);
            long[] symbols = Frames.ofKind(frames, Kind.TOKENS).get(0).data();
            List<Frame> left = Frames.ofKind(frames, Kind.NEIGHBOUR);
            long first = (long) machine * plan.layout.perTokenMachine();
            int w = FORMAT.width();
            long[] recs = new long[(2 * symbols.length - (first == 0 ? 1 : 0)) * w];
            long[] state = new long[STATE * symbols.length];
            int at = 0;
            for (int t = 0; t < symbols.length; t++) {
                long j = first + t;
                if (j >= 1) {
                    long previous = t > 0 ? symbols[t - 1] : left.get(0).get(0);
                    put(recs, at++, previous, 2 * (j - 1), j, j, symbols[t]);
                }
                put(recs, at++, symbols[t], 2 * j - 1, j, 0, 0);
                state[STATE * t] = HopReference.NONE;
                state[STATE * t + 1] = HopReference.NONE;
                state[STATE * t + 2] = j;
                state[STATE * t + 3] = symbols[t];
            }
            Frames.keep(memory, Kind.HOP_STATE, state);
            return new SampleSort.Emission(recs, first == 0 ? 0 : 2 * first - 1);
        }
    }

    /** Writes record number {@code index} = (group, tag, origin | a, b). */
    static void put(long[] recs, int index, long group, long tag, long origin, long a, long b) {
        int o = index * FORMAT.width();
        recs[o] = group;
        recs[o + 1] = tag;
        recs[o + 2] = origin;
        recs[o + 3] = a;
        recs[o + 4] = b;
    }

    /** A query record's answer goes to its token's machine (none for group -1: no frame). */
    static final class Reply implements RunSums.QueryHandler {
        private final Plan plan;
        private final boolean find;

        Reply(Plan plan, boolean find) {
            this.plan = plan;
            this.find = find;
        }

        @Override
        public void query(long[] records, int offset, long count, long[] value,
                LocalMemory memory, Outbox outbox) {
            if (records[offset] < 0) {
                return;
            }
            long origin = records[offset + 2];
            boolean isG = !find && records[offset + 1] == 1;
            long[] data = {origin, count > 0 ? value[0] : HopReference.NONE,
                count > 0 ? value[1] : HopReference.NONE};
            Frames.send(outbox, plan.layout.tokenMachine(origin), isG ? Kind.RES_G : Kind.RES_F,
                    data);
        }
    }

    /** The state of a token machine with the answers of the last join applied. */
    static long[] updatedState(Plan plan, int machine, List<Frame> frames) {
        long[] state = Frames.ofKind(frames, Kind.HOP_STATE).get(0).data().clone();
        long first = (long) machine * plan.layout.perTokenMachine();
        for (Frame f : frames) {
            if (f.kind() == Kind.RES_F || f.kind() == Kind.RES_G) {
                int at = STATE * (int) (f.get(0) - first) + (f.kind() == Kind.RES_F ? 0 : 2);
                state[at] = f.get(1);
                state[at + 1] = f.get(2);
            }
        }
        return state;
    }

    /** G := F for every token (digit b set while G is the identity). */
    static void copyFToG(long[] state) {
        for (int t = 0; t < state.length; t += STATE) {
            state[t + 2] = state[t];
            state[t + 3] = state[t + 1];
        }
    }

    /** Step b of the doubling: update, then the join's records. */
    static final class JoinEmit implements SampleSort.Emitter {
        private final Plan plan;
        private final int b;

        JoinEmit(Plan plan, int b) {
            this.plan = plan;
            this.b = b;
        }

        @Override
        public SampleSort.Emission emit(int machine, LocalMemory memory) {
            if (machine >= plan.base()) {
                return SampleSort.Emission.NONE;
            }
            long[] state = updatedState(plan, machine, Frames.parse(memory));
            if (plan.digit(b) && plan.identityAt(b)) {
                copyFToG(state);
            }
            int count = state.length / STATE;
            long first = (long) machine * plan.layout.perTokenMachine();
            long[] recs = new long[3 * count * FORMAT.width()];
            for (int t = 0; t < count; t++) {
                long j = first + t;
                long fp = state[STATE * t];
                long gp = state[STATE * t + 2];
                put(recs, 3 * t, j, 0, j, fp, state[STATE * t + 1]);
                put(recs, 3 * t + 1, plan.needG(b) ? gp : -1, 1, j, 0, 0);
                put(recs, 3 * t + 2, plan.needF(b) ? fp : -1, 3, j, 0, 0);
            }
            Frames.keep(memory, Kind.HOP_STATE, state);
            return new SampleSort.Emission(recs, 3 * first);
        }
    }

    /** Last round: apply the last answers (or the last copy) and write hop_k(x)[i]. */
    static final class Finish implements RoundFunction {
        private final Plan plan;

        Finish(Plan plan) {
            this.plan = plan;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            if (machine >= plan.base()) {
                return;
            }
            long[] state = updatedState(plan, machine, Frames.parse(memory));
            if (!plan.joinNeeded(plan.digits - 1)) {
                copyFToG(state);
            }
            long first = (long) machine * plan.layout.perTokenMachine();
            for (int t = 0; t < state.length / STATE; t++) {
                long symbol = state[STATE * t + 2] < 0 ? HopReference.NONE : state[STATE * t + 3];
                Frames.keep(memory, Kind.OUT, new long[] {first + t, symbol});
            }
        }
    }
}
