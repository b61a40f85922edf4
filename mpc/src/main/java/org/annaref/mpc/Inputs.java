package org.annaref.mpc;

import java.util.Arrays;
import org.annaref.reference.mpc.MpcSimulator;
import org.annaref.reference.mpc.Words;
import org.annaref.spec.Matrix;

/** Input words of the protocols and their outputs read back from the token machines. */
final class Inputs {
    private Inputs() {
    }

    /** Token i's words: the rows i of each matrix in turn, as raw double bits. */
    static long[] tokens(Matrix... parts) {
        int n = parts[0].rows();
        int width = 0;
        for (Matrix p : parts) {
            width += p.cols();
        }
        long[] words = new long[n * width];
        for (int i = 0; i < n; i++) {
            int at = i * width;
            for (Matrix p : parts) {
                for (int c = 0; c < p.cols(); c++) {
                    words[at++] = Words.ofDouble(p.get(i, c));
                }
            }
        }
        return words;
    }

    /** The N x width output: OUT frames [i, row bits] on the token machines. */
    static Matrix outputs(MpcSimulator sim, Layout layout, int width, String name) {
        double[] out = new double[layout.tokens() * width];
        boolean[] seen = new boolean[layout.tokens()];
        for (int machine = 0; machine < layout.tokenMachines(); machine++) {
            for (Frame f : Frames.parse(sim.memory(machine))) {
                if (f.kind() != Kind.OUT) {
                    continue;
                }
                int i = (int) f.get(0);
                if (seen[i] || layout.tokenMachine(i) != machine) {
                    throw new IllegalStateException("output of token " + i + " misplaced");
                }
                seen[i] = true;
                for (int t = 0; t < width; t++) {
                    out[i * width + t] = Words.toDouble(f.get(1 + t));
                }
            }
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new IllegalStateException("no output for token " + i);
            }
        }
        return new Matrix(name, layout.tokens(), width, out);
    }

    /** OUT frames [i, value] as longs (the hop protocols). */
    static long[] longOutputs(MpcSimulator sim, Layout layout) {
        long[] out = new long[layout.tokens()];
        Arrays.fill(out, Long.MIN_VALUE);
        for (int machine = 0; machine < layout.tokenMachines(); machine++) {
            for (Frame f : Frames.parse(sim.memory(machine))) {
                if (f.kind() == Kind.OUT) {
                    out[(int) f.get(0)] = f.get(1);
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == Long.MIN_VALUE) {
                throw new IllegalStateException("no output for token " + i);
            }
        }
        return out;
    }
}
