package org.annaref.mpc;

import org.annaref.reference.mpc.LocalMemory;
import org.annaref.reference.mpc.Outbox;
import org.annaref.reference.mpc.RoundFunction;

/**
 * Where a protocol keeps what: N tokens of {@code tokenWords} input words each; the input packed
 * floor(s / tokenWords) tokens to a machine on the first machines (the simulator's placement);
 * <i>token machines</i> 0 .. P_tok - 1 holding {@code perTokenMachine} tokens each (token i on
 * machine i / perTokenMachine: the token machine does the token's element-wise work and ends
 * with its output); the sort region after them.
 */
record Layout(int tokens, int tokenWords, int memory, int perTokenMachine) {
    Layout {
        if (tokens < 1) {
            throw new IllegalArgumentException("N must be >= 1, got " + tokens);
        }
        if (tokenWords > memory) {
            throw new IllegalArgumentException("a token of " + tokenWords
                    + " words does not fit in s = " + memory + " words");
        }
    }

    int perInputMachine() {
        return memory / tokenWords;
    }

    int tokenMachines() {
        return (tokens + perTokenMachine - 1) / perTokenMachine;
    }

    int tokenMachine(long token) {
        return (int) (token / perTokenMachine);
    }

    /** Tokens on token machine j. */
    int tokensOn(int machine) {
        return Math.max(0, Math.min(perTokenMachine, tokens - machine * perTokenMachine));
    }

    /**
     * Round 1 of every protocol: each input machine sends every token (to itself too) to its
     * token machine, without headers: delivery order (sender id, then send order) puts a token
     * machine's tokens in index order, and it knows from N and its id how many it gets.
     */
    static final class Spread implements RoundFunction {
        private final Layout layout;

        Spread(Layout layout) {
            this.layout = layout;
        }

        @Override
        public void run(int machine, LocalMemory memory, Outbox outbox) {
            int w = layout.tokenWords();
            long first = (long) machine * layout.perInputMachine();
            for (int t = 0; t < memory.size() / w; t++) {
                int destination = layout.tokenMachine(first + t);
                for (int u = 0; u < w; u++) {
                    outbox.send(destination, memory.word(t * w + u));
                }
            }
        }
    }

    /** The raw token words a token machine holds after the spread (token t at t * w). */
    long[] tokenWords(LocalMemory memory, int machine) {
        int words = tokensOn(machine) * tokenWords;
        long[] out = new long[words];
        for (int i = 0; i < words; i++) {
            out[i] = memory.word(i);
        }
        return out;
    }
}
