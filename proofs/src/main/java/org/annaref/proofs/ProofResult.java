package org.annaref.proofs;

/** The outcome of one proof attempt. */
public record ProofResult(ContractId contract, boolean closed, int nodes, int openGoals,
        long millis, String semantics) {
}
