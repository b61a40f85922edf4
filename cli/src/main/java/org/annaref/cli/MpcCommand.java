package org.annaref.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annaref.mpc.MpcCase;
import org.annaref.reference.mpc.MpcLimitException;
import org.annaref.reference.mpc.MpcStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code annaref mpc}: one protocol on the MPC simulator, its output checked against the
 * reference, and what it used against the theorem's bounds. Exit 0 when the output agrees and the
 * run kept the model's limits, 1 when the output differs or the run broke a limit (the memory is
 * too small: the violation is printed, never a wrong answer), 2 on bad input.
 */
@Command(name = "mpc", mixinStandardHelpOptions = true,
        description = {"Runs one protocol of MATH.md section 3 on the MPC simulator with seeded"
            + " inputs of N tokens, checks its output against the reference (EMA, ANNA"
            + " Algorithm 1 with the same tables, low-rank attention, a direct hop_k) and prints"
            + " rounds, machines and the most words one machine held, sent and received.",
            "",
            "Words are 64-bit; a vector of m coordinates is m words. Items (tokens) are"
            + " m = round(N^eps) words wide, local memory is s = ceil(kappa N^eps') words"
            + " (kappa = --memory-constant). ANNA uses l = ceil(N^(3/c^2)) hyperplane tables.",
            "",
            "Example:",
            "  annaref mpc --protocol ema --n 1024 --eps 0 --eps-prime 0.5",
            "  annaref mpc --protocol khop --n 100 --eps 0 --eps-prime 0.75 --k 6"},
        sortOptions = false)
final class MpcCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--protocol", required = true,
            description = "One of ema, anna, lowrank, hop, khop.")
    private String protocol;

    @Option(names = "--n", required = true, description = "Number of tokens N.")
    private int n;

    @Option(names = "--eps", required = true,
            description = "Item-size exponent: tokens are round(N^eps) words (0 <= eps < 1).")
    private double eps;

    @Option(names = "--eps-prime", description = "Memory exponent eps' > eps"
            + " (default: (1 + eps) / 2).")
    private Double epsPrime;

    @Option(names = "--k", description = "Hops for khop (default: ${DEFAULT-VALUE}).")
    private int k = 4;

    @Option(names = "--c", description = "ANNA's approximation factor c, sets l"
            + " (default: ${DEFAULT-VALUE}).")
    private double c = 3.0;

    @Option(names = "--hashes", description = "ANNA: hash functions per table z"
            + " (default: ${DEFAULT-VALUE}).")
    private int hashes = 3;

    @Option(names = "--memory-constant", description = "kappa in s = ceil(kappa N^eps')"
            + " (default: ${DEFAULT-VALUE}).")
    private double memoryConstant = 16.0;

    @Option(names = "--seed", description = "Seed of the inputs and hash tables"
            + " (default: ${DEFAULT-VALUE}).")
    private long seed = 20261124L;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double ep = epsPrime != null ? epsPrime : (1.0 + eps) / 2.0;
        MpcCase run = new MpcCase(protocol, n, eps, ep, k, c, hashes, memoryConstant, seed);
        int s = run.memory();
        out.printf(Locale.ROOT, "annaref mpc: protocol %s, N=%d, eps=%s, eps'=%s, m=%d words"
                + " per item, s=%d words per machine%s, seed %d%n", protocol, n, eps, ep,
                run.width(), s, protocol.equals("anna") ? ", l=" + run.tables() + " tables of z="
                + hashes : protocol.equals("khop") ? ", k=" + k : "", seed);
        MpcCase.Outcome outcome;
        try {
            outcome = run.run();
        } catch (MpcLimitException e) {
            out.println("output check: none, the run stopped: " + e.getMessage());
            out.println("(give more memory: --memory-constant or --eps-prime)");
            return Main.CHECK_FAILED;
        }
        MpcStatistics st = outcome.run().statistics();
        out.printf(Locale.ROOT, "output check: %s (%d of %d rows differ, compared bit for"
                + " bit)%n", outcome.agrees() ? "agrees with " + outcome.reference()
                : "DIFFERS from " + outcome.reference(), outcome.mismatches(), outcome.rows());
        TextTable table = new TextTable("rounds", "predicted", "1/(eps'-eps)"
                + (protocol.equals("khop") ? " x digits(k)" : ""), "machines",
                "N^(1+eps-eps')" + (protocol.equals("anna") ? " N^(3/c^2)" : ""), "max held",
                "max sent", "max received", "s", "total words");
        table.add(Integer.toString(st.rounds()), Long.toString(outcome.run().predictedRounds()),
                String.format(Locale.ROOT, "%.2f", run.roundBound()),
                Integer.toString(st.machinesUsed()),
                String.format(Locale.ROOT, "%.1f", run.machineBound()),
                Long.toString(st.maxHeld()), Long.toString(st.maxSent()),
                Long.toString(st.maxReceived()), Integer.toString(s),
                Long.toString(st.totalCommunicated()));
        out.print(table.render());
        out.flush();
        return outcome.agrees() ? Main.OK : Main.CHECK_FAILED;
    }
}
