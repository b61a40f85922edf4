package org.annaref.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code annaref} command: exit status and both streams. */
record CliRun(int status, String out, String err) {

    /** Runs {@code annaref args...} through {@link Main#run} and captures what it printed. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
