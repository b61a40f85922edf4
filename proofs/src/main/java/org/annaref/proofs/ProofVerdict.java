package org.annaref.proofs;

import java.util.List;

/**
 * Everything the proof check decides: the proof results (one per required contract, under
 * overflow checking where asked), problems with the lists, and proofs that rely on a contract
 * that is neither proven nor assumed.
 */
public record ProofVerdict(List<ProofResult> results, List<String> listProblems,
        List<String> dependencyProblems, int assumed, java.util.Set<ContractId> known) {
    /** True when every required proof closed and there is no problem. */
    public boolean passed() {
        return listProblems.isEmpty() && dependencyProblems.isEmpty()
                && results.stream().allMatch(ProofResult::closed);
    }
}
