package org.annaref.reference.anna;

/** A {@link ProgressListener} that ignores every report. */
public final class SilentProgress implements ProgressListener {
    /*@ public normal_behavior
      @ ensures true;
      @*/
    /** The silent listener. */
    public SilentProgress() {
    }

    /*@ public normal_behavior
      @ requires 0 <= done && done <= total;
      @ ensures true;
      @ assignable \nothing;
      @*/
    public void tablesDone(int done, int total) {
        // nothing to report to
    }
}
