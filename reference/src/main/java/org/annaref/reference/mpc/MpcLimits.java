package org.annaref.reference.mpc;

/** The one comparison behind every limit of the model: used &lt;= allowed, or a violation. */
public final class MpcLimits {
    private MpcLimits() {
    }

    /*@ public normal_behavior
      @ requires used <= allowed;
      @ ensures true;
      @ assignable \strictly_nothing;
      @ also
      @ public exceptional_behavior
      @ requires used > allowed;
      @ requires MpcLimitException.HELD <= kind && kind <= MpcLimitException.MACHINES;
      @ signals_only MpcLimitException;
      @ assignable \nothing;
      @*/
    /** Throws a {@link MpcLimitException} naming round, machine and kind when used &gt; allowed. */
    public static void check(int round, int machine, int kind, long used, long allowed) {
        if (used > allowed) {
            throw new MpcLimitException(round, machine, kind, used, allowed);
        }
    }
}
