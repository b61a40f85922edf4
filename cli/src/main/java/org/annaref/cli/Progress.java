package org.annaref.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.annaref.reference.anna.ProgressListener;
import org.annaref.reference.anna.SilentProgress;

/**
 * Progress on stderr for runs large enough that a silent terminal would look stuck (more than
 * {@link #LARGE_KEYS} keys or {@link #MANY_TABLES} tables): a line roughly every 5% of the
 * tables, with the elapsed time and a linear estimate of what remains.
 */
final class Progress implements ProgressListener {
    /** Keys beyond which a run reports progress. */
    static final int LARGE_KEYS = 100_000;
    /** Tables beyond which a run reports progress. */
    static final int MANY_TABLES = 64;

    private final PrintWriter log;
    private final long start = System.nanoTime();
    private int lastPercent = -1;

    private Progress(PrintWriter log) {
        this.log = log;
    }

    /** A reporting listener for a large run, a silent one otherwise. */
    static ProgressListener forRun(PrintWriter log, int keys, int tables) {
        if (keys > LARGE_KEYS || tables > MANY_TABLES) {
            log.printf("annaref: %d keys, %d tables: progress below%n", keys, tables);
            return new Progress(log);
        }
        return new SilentProgress();
    }

    @Override
    public void tablesDone(int done, int total) {
        int percent = (int) (100L * done / total);
        if (percent / 5 == lastPercent / 5 && done != total) {
            return;
        }
        lastPercent = percent;
        double elapsed = (System.nanoTime() - start) / 1e9;
        double remaining = done == 0 ? 0 : elapsed * (total - done) / done;
        log.printf(Locale.ROOT, "annaref: %d/%d tables (%d%%), %.1f s elapsed, about %.1f s"
                + " left%n", done, total, percent, elapsed, remaining);
        log.flush();
    }
}
