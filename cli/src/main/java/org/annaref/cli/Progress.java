package org.annaref.cli;

import java.io.PrintWriter;

/** Messages on stderr for runs large enough that a silent terminal would look stuck. */
final class Progress {
    /** Keys beyond which a run announces itself. */
    static final int LARGE_KEYS = 100_000;
    /** Tables beyond which a run announces itself. */
    static final int MANY_TABLES = 64;

    private Progress() {
    }

    static void announce(PrintWriter log, int keys, int tables) {
        if (keys > LARGE_KEYS || tables > MANY_TABLES) {
            log.printf("annaref: hashing %d keys into %d tables; this may take a while%n", keys,
                    tables);
        }
    }
}
