package org.annaref.reference.mpc;

/**
 * The local computation of one MPC round, run on every machine that holds at least one word.
 *
 * <p><b>Rule</b> (the model; the simulator cannot check it, every implementation must keep it):
 * {@code run} may read only its own machine's memory, its machine id and constants fixed before
 * the protocol started (N, s, m, seeds, round parameters). It never reads data of another
 * machine: data moves only by messages sent through the {@link Outbox}. An implementation's
 * constructor therefore takes constants only, never input data.
 */
public interface RoundFunction {
    /*@ public behavior
      @ requires machine >= 0 && memory != null && outbox != null;
      @ ensures true;
      @ signals_only RuntimeException;
      @ assignable \everything;
      @*/
    /** Computes on {@code machine}: reads {@code memory}, keeps words, sends messages. */
    void run(int machine, LocalMemory memory, Outbox outbox);
}
