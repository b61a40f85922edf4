package org.annaref.proofs;

/**
 * The outcome of one proof attempt, with the contracts of called methods the proof relied on
 * ({@code uses}): the proof is only as good as those.
 */
public record ProofResult(ContractId contract, boolean closed, int nodes, int openGoals,
        long millis, String semantics, java.util.Set<ContractId> uses) {
}
