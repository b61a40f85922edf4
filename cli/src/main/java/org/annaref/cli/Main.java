package org.annaref.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code annaref} command. Exit status: 0 when everything checked holds, 1 when a check
 * fails, 2 on bad input (unknown options, invalid values, unreadable files).
 */
@Command(name = "annaref", mixinStandardHelpOptions = true, version = "annaref 0.1.0",
        description = "Reference, contract checks and validation for ANNA, EMA and LSH attention.",
        subcommands = {ValidateCommand.class, DemoCommand.class, AttendCommand.class,
            ExportHashesCommand.class,
            CheckCommand.class, MpcCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status when every check holds. */
    public static final int OK = 0;
    /** Exit status when a check fails. */
    public static final int CHECK_FAILED = 1;
    /** Exit status on bad input. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                args));
    }

    /** Runs the command with the given streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("annaref: error: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
