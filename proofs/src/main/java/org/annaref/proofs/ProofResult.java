package org.annaref.proofs;

/**
 * The outcome of one proof attempt, with the contracts of called methods the proof relied on
 * ({@code uses}): the proof is only as good as those. {@code splitting}: the attempt reported
 * had KeY's proof splitting on (the second attempt, or the only one for a contract tagged
 * {@link ProofTag#SPLITTING}; see {@link KeyProver#prove});
 * {@code instantiated}: the contract's instantiation hints ({@link Instantiation}) were
 * applied in the attempt reported; {@code scripted}: the proof began with the contract's proof
 * script ({@link ProofScript}).
 */
public record ProofResult(ContractId contract, boolean closed, int nodes, int openGoals,
        long millis, String semantics, java.util.Set<ContractId> uses, boolean splitting,
        boolean instantiated, boolean scripted) {
    /** A result of the first attempt (default splitting), without instantiation hints. */
    public ProofResult(ContractId contract, boolean closed, int nodes, int openGoals,
            long millis, String semantics, java.util.Set<ContractId> uses) {
        this(contract, closed, nodes, openGoals, millis, semantics, uses, false, false, false);
    }
}
