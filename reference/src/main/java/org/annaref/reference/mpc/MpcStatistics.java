package org.annaref.reference.mpc;

/**
 * What one protocol run used: rounds, machines that ever held, sent or received a word, the
 * largest number of words one machine held (at input placement, after a local computation and
 * after a delivery), sent and received in one round, and the words communicated in total.
 */
public final class MpcStatistics {
    private /*@ spec_public @*/ int rounds;
    private /*@ spec_public @*/ int machinesUsed;
    private /*@ spec_public @*/ long maxHeld;
    private /*@ spec_public @*/ long maxSent;
    private /*@ spec_public @*/ long maxReceived;
    private /*@ spec_public @*/ long totalCommunicated;

    /*@ public invariant rounds >= 0 && machinesUsed >= 0;
      @ public invariant maxHeld >= 0 && maxSent >= 0 && maxReceived >= 0;
      @ public invariant totalCommunicated >= 0;
      @*/

    /*@ public normal_behavior
      @ ensures rounds == 0 && machinesUsed == 0 && maxHeld == 0 && maxSent == 0;
      @ ensures maxReceived == 0 && totalCommunicated == 0;
      @ assignable \nothing;
      @*/
    /** Nothing used yet. */
    public MpcStatistics() {
        this.rounds = 0;
        this.machinesUsed = 0;
        this.maxHeld = 0;
        this.maxSent = 0;
        this.maxReceived = 0;
        this.totalCommunicated = 0;
    }

    /*@ normal_behavior
      @ requires rounds < 2147483647;
      @ ensures rounds == \old(rounds) + 1;
      @ assignable rounds;
      @*/
    /** Counts one more round. */
    void countRound() {
        rounds = rounds + 1;
    }

    /*@ normal_behavior
      @ requires machines >= 0;
      @ ensures machinesUsed == machines;
      @ assignable machinesUsed;
      @*/
    /** Sets the machines used so far: the number that ever held, sent or received a word. */
    void noteMachinesUsed(int machines) {
        machinesUsed = machines;
    }

    /*@ normal_behavior
      @ requires words >= 0;
      @ ensures maxHeld == (\old(maxHeld) < words ? words : \old(maxHeld));
      @ ensures maxHeld >= words && maxHeld >= \old(maxHeld);
      @ assignable maxHeld;
      @*/
    /** Notes that one machine held {@code words} words. */
    void noteHeld(long words) {
        if (words > maxHeld) {
            maxHeld = words;
        }
    }

    /*@ normal_behavior
      @ requires words >= 0;
      @ requires totalCommunicated <= 9223372036854775807L - words;
      @ ensures maxSent == (\old(maxSent) < words ? words : \old(maxSent));
      @ ensures totalCommunicated == \old(totalCommunicated) + words;
      @ assignable maxSent, totalCommunicated;
      @*/
    /** Notes that one machine sent {@code words} words in one round. */
    void noteSent(long words) {
        if (words > maxSent) {
            maxSent = words;
        }
        totalCommunicated = totalCommunicated + words;
    }

    /*@ normal_behavior
      @ requires words >= 0;
      @ ensures maxReceived == (\old(maxReceived) < words ? words : \old(maxReceived));
      @ assignable maxReceived;
      @*/
    /** Notes that one machine received {@code words} words in one round. */
    void noteReceived(long words) {
        if (words > maxReceived) {
            maxReceived = words;
        }
    }

    /*@ public normal_behavior
      @ ensures \result == rounds;
      @ assignable \strictly_nothing;
      @*/
    /** Rounds run. */
    public int rounds() {
        return rounds;
    }

    /*@ public normal_behavior
      @ ensures \result == machinesUsed;
      @ assignable \strictly_nothing;
      @*/
    /** Machines that held, sent or received at least one word. */
    public int machinesUsed() {
        return machinesUsed;
    }

    /*@ public normal_behavior
      @ ensures \result == maxHeld;
      @ assignable \strictly_nothing;
      @*/
    /** The most words one machine held at any time. */
    public long maxHeld() {
        return maxHeld;
    }

    /*@ public normal_behavior
      @ ensures \result == maxSent;
      @ assignable \strictly_nothing;
      @*/
    /** The most words one machine sent in one round. */
    public long maxSent() {
        return maxSent;
    }

    /*@ public normal_behavior
      @ ensures \result == maxReceived;
      @ assignable \strictly_nothing;
      @*/
    /** The most words one machine received in one round. */
    public long maxReceived() {
        return maxReceived;
    }

    /*@ public normal_behavior
      @ ensures \result == totalCommunicated;
      @ assignable \strictly_nothing;
      @*/
    /** Words sent by all machines over all rounds. */
    public long totalCommunicated() {
        return totalCommunicated;
    }
}
