package org.annaref.reference.anna;

/**
 * Told how far a long ANNA run has come: after each table is built (Algorithm 1) or built and
 * queried (Algorithm 2). The command line prints it; tests count it.
 */
public interface ProgressListener {
    /*@ public normal_behavior
      @ requires 0 <= done && done <= total;
      @ ensures true;
      @*/
    /** {@code done} of {@code total} tables are finished. */
    void tablesDone(int done, int total);
}
