package org.annaref.reference.mpc;

/**
 * The messages of one round, in send order. A machine sends word by word to a destination
 * machine; the simulator later appends each word to its destination's memory, in order of sender
 * id and then send order. {@link #sentWords()} counts the words of the machine computing now.
 */
public final class Outbox {
    private final /*@ spec_public @*/ WordBuffer destinations;
    private final /*@ spec_public @*/ WordBuffer words;
    private /*@ spec_public @*/ int machineStart;

    /*@ public invariant destinations != null && words != null && destinations != words;
      @ public invariant \invariant_for(destinations) && \invariant_for(words);
      @ public invariant destinations.size == words.size;
      @ public invariant 0 <= machineStart && machineStart <= words.size;
      @*/

    /*@ public normal_behavior
      @ ensures words.size == 0 && machineStart == 0;
      @ ensures \fresh(words) && \fresh(destinations);
      @ assignable \nothing;
      @*/
    /** An empty outbox. */
    public Outbox() {
        this.destinations = new WordBuffer();
        this.words = new WordBuffer();
        this.machineStart = 0;
    }

    /*@ public normal_behavior
      @ requires words.size < 1073741823;
      @ ensures words.size == \old(words.size) + 1;
      @ ensures machineStart == \old(machineStart);
      @ assignable destinations.words, destinations.words[*], destinations.size,
      @     words.words, words.words[*], words.size;
      @*/
    /**
     * Sends {@code word} to machine {@code destination}. A destination outside the configured
     * machines is reported by the simulator when the machine's computation ends.
     */
    public void send(int destination, long word) {
        destinations.add(destination);
        words.add(word);
    }

    /*@ public normal_behavior
      @ ensures \result == words.size - machineStart;
      @ assignable \strictly_nothing;
      @*/
    /** Words sent so far by the machine computing now. */
    public int sentWords() {
        return words.size() - machineStart;
    }

    /** Starts counting the sends of the next machine. */
    void beginMachine() {
        machineStart = words.size();
    }

    /** Words staged by all machines so far this round. */
    int staged() {
        return words.size();
    }

    /** The destination of staged word i. */
    int destination(int i) {
        return (int) destinations.get(i);
    }

    /** Staged word i. */
    long word(int i) {
        return words.get(i);
    }

    /** Forgets every staged word (after delivery). */
    void clear() {
        destinations.clear();
        words.clear();
        machineStart = 0;
    }
}
