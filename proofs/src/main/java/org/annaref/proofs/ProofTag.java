package org.annaref.proofs;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A marker after a contract id in required.txt: how that contract must be proven. */
public enum ProofTag {
    /**
     * The contract must close with Java's overflow semantics
     * ({@code intRules:arithmeticSemanticsCheckingOF}); it is proven under those only, since
     * that proof implies the one ignoring overflow (see {@link ProofSession}).
     */
    OVERFLOW_CHECKED("[overflow-checked]"),
    /**
     * Query expansion and query axioms off ({@code StrategyProperties.QUERY_OFF},
     * {@code QUERYAXIOM_OFF}): a pure method named in a specification stays an opaque
     * predicate, known only through its contract where the program calls it and through lemma
     * methods the proof calls. For proofs that move an order
     * predicate around in quantified invariants: expanding it at every instance drowns the
     * automation (TupleSort's merge sort).
     */
    QUERIES_OFF("[queries-off]"),
    /**
     * Quantifier instantiation only where it does not split the goal
     * ({@code StrategyProperties.QUANTIFIERS_NON_SPLITTING}) instead of KeY's default
     * ({@code QUANTIFIERS_NON_SPLITTING_WITH_PROGS}). For loop proofs over quantified
     * invariants whose instances chain (a sorted run instantiated at p, p + 1, p + 2, ...):
     * TupleSort's merge closes in about 20 s this way and not in 150 s otherwise.
     */
    NO_SPLIT_QUANTIFIERS("[no-split-quantifiers]"),
    /**
     * Class axioms off ({@code StrategyProperties.CLASS_AXIOM_OFF}): a JML model method keeps
     * its body to itself and stays an opaque predicate, carried across heap changes only by
     * its {@code accessible} clause (KeY's dependency contracts) and unfolded only by a lemma
     * the proof calls. (Class invariants are class axioms as well: a proof with this tag
     * cannot unfold one.) For the proofs that only move TupleGroups' run predicates around:
     * unfolding them everywhere leaves quantified facts in two heaps that KeY does not match.
     */
    AXIOMS_OFF("[axioms-off]"),
    /**
     * KeY's taclet option {@code moreSeqRules:on} for this proof only: the permutation rules of
     * the sequence theory ({@code seqPerm}, {@code seqNPerm}), which the proof script of the
     * count over a permutation applies. Off for every other proof: switched on for all, it
     * made the proofs about Strings (modelled as sequences) run into the time limit.
     */
    SEQUENCE_PERMUTATIONS("[sequence-permutations]"),
    /**
     * KeY's complete non-linear arithmetic ({@code StrategyProperties.NON_LIN_ARITH_COMPLETION}:
     * it multiplies inequalities and case-splits on signs) instead of the operators'
     * definitions only. For a lemma whose fact needs it and which no lemma call can prove: the
     * range of a quotient, {@code 0 <= a / b <= a} ({@code IntLemmas::quotientRange}, which
     * callers invoke before a division, so that under overflow checking its result is known
     * to fit). Not the default: on the proofs with string messages or several products it
     * ran into the time limit.
     */
    NONLINEAR_ARITHMETIC("[nonlinear-arithmetic]"),
    /**
     * Proof splitting on ({@code SPLITTING_NORMAL}) from the start: for the proofs known to
     * close only on {@link KeyProver#prove}'s second attempt, which then skips the first one
     * (it would run until automatic mode gives up, adding its time for nothing).
     */
    SPLITTING("[splitting]");

    private final String marker;

    ProofTag(String marker) {
        this.marker = marker;
    }

    /** The text written after the id in required.txt. */
    public String marker() {
        return marker;
    }

    /** The tag written as {@code marker}; an exception naming the known ones otherwise. */
    public static ProofTag ofMarker(String marker) {
        for (ProofTag tag : values()) {
            if (tag.marker.equals(marker)) {
                return tag;
            }
        }
        throw new IllegalArgumentException("unknown tag '" + marker + "' (known: "
                + Arrays.stream(values()).map(ProofTag::marker).collect(Collectors.joining(", "))
                + ")");
    }
}
