package org.annaref.reference.mpc;

/**
 * What a {@link RoundFunction} sees of its machine: the words the machine held when the round
 * began (read only) and the words it keeps after the round's local computation (append only).
 * Whatever is not kept is gone at the end of the round; messages received in the round are
 * appended after the kept words.
 */
public final class LocalMemory {
    private final /*@ spec_public @*/ WordBuffer held;
    private final /*@ spec_public @*/ WordBuffer kept;

    /*@ public invariant held != null && kept != null && held != kept;
      @ public invariant \invariant_for(held) && \invariant_for(kept);
      @*/

    /*@ public normal_behavior
      @ requires held != null && kept != null && held != kept;
      @ requires \invariant_for(held) && \invariant_for(kept);
      @ ensures this.held == held && this.kept == kept;
      @*/
    /** A view of {@code held}, keeping into {@code kept} (the simulator's buffers). */
    public LocalMemory(WordBuffer held, WordBuffer kept) {
        this.held = held;
        this.kept = kept;
    }

    /*@ public normal_behavior
      @ ensures \result == held.size;
      @ assignable \strictly_nothing;
      @*/
    /** Words held when the round began. */
    public int size() {
        return held.size();
    }

    /*@ public normal_behavior
      @ requires 0 <= i && i < held.size;
      @ ensures \result == held.words[i];
      @ assignable \strictly_nothing;
      @*/
    /** Word i of the memory the round began with. */
    public long word(int i) {
        return held.get(i);
    }

    /*@ public normal_behavior
      @ requires kept.size < 1073741823;
      @ ensures kept.size == \old(kept.size) + 1;
      @ assignable kept.words, kept.words[*], kept.size;
      @*/
    /** Keeps {@code word} in the machine's memory after this round. */
    public void keep(long word) {
        kept.add(word);
    }

    /*@ public normal_behavior
      @ ensures \result == kept.size;
      @ assignable \strictly_nothing;
      @*/
    /** Words kept so far in this round. */
    public int keptWords() {
        return kept.size();
    }
}
