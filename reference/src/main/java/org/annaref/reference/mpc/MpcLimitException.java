package org.annaref.reference.mpc;

/**
 * A protocol broke a limit of the MPC model. Thrown by {@link MpcSimulator} before anything of
 * the offending round is delivered; the message names the round, the machine, the kind of limit,
 * the words used and the words allowed.
 */
public final class MpcLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Words held after the local computation exceed s. */
    public static final int HELD = 0;
    /** Words sent by one machine in one round exceed s. */
    public static final int SENT = 1;
    /** Words received by one machine in one round exceed s. */
    public static final int RECEIVED = 2;
    /** Words held after delivery (kept plus received) exceed s. */
    public static final int HELD_AFTER_DELIVERY = 3;
    /** A message names a machine outside 0 .. q - 1 (used = the machine named, allowed = q). */
    public static final int DESTINATION = 4;
    /** The input needs more machines than the configuration has (used, allowed: machines). */
    public static final int MACHINES = 5;

    private final /*@ spec_public @*/ int round;
    private final /*@ spec_public @*/ int machine;
    private final /*@ spec_public @*/ int kind;
    private final /*@ spec_public @*/ long used;
    private final /*@ spec_public @*/ long allowed;

    /*@ public normal_behavior
      @ requires HELD <= kind && kind <= MACHINES;
      @ ensures this.round == round && this.machine == machine && this.kind == kind;
      @ ensures this.used == used && this.allowed == allowed;
      @ assignable \nothing;
      @*/
    /** A violation of {@code kind} by {@code machine} in {@code round} (0 = input placement). */
    public MpcLimitException(int round, int machine, int kind, long used, long allowed) {
        super(message(round, machine, kind, used, allowed));
        this.round = round;
        this.machine = machine;
        this.kind = kind;
        this.used = used;
        this.allowed = allowed;
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The message: round, machine, the kind of limit, the words used and allowed. */
    private static String message(int round, int machine, int kind, long used, long allowed) {
        return place(round, machine) + kindName(kind) + " " + words(used, allowed);
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** Where the limit was broken: the message's first part. */
    private static String place(int round, int machine) {
        return "MPC limit exceeded in round " + round + " on machine " + machine + ": ";
    }

    /*@ private normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The words used and allowed: the message's last part. */
    private static String words(long used, long allowed) {
        return used + " words, allowed " + allowed;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \strictly_nothing;
      @*/
    /** The name of a kind of limit, as the message prints it. */
    public static String kindName(int kind) {
        if (kind == HELD) {
            return "held";
        }
        if (kind == SENT) {
            return "sent";
        }
        if (kind == RECEIVED) {
            return "received";
        }
        if (kind == HELD_AFTER_DELIVERY) {
            return "held after delivery";
        }
        if (kind == DESTINATION) {
            return "destination machine";
        }
        return "machines needed";
    }

    /*@ public normal_behavior
      @ ensures \result == round;
      @ assignable \strictly_nothing;
      @*/
    /** The round (1-based; 0 for the input placement). */
    public int round() {
        return round;
    }

    /*@ public normal_behavior
      @ ensures \result == machine;
      @ assignable \strictly_nothing;
      @*/
    /** The offending machine. */
    public int machine() {
        return machine;
    }

    /*@ public normal_behavior
      @ ensures \result == kind;
      @ assignable \strictly_nothing;
      @*/
    /** The kind of limit ({@link #HELD}, {@link #SENT}, ...). */
    public int kind() {
        return kind;
    }

    /*@ public normal_behavior
      @ ensures \result == used;
      @ assignable \strictly_nothing;
      @*/
    /** Words (or machines) used. */
    public long used() {
        return used;
    }

    /*@ public normal_behavior
      @ ensures \result == allowed;
      @ assignable \strictly_nothing;
      @*/
    /** Words (or machines) allowed. */
    public long allowed() {
        return allowed;
    }
}
