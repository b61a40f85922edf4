package org.annaref.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.annaref.spec.RowVerdict;

/** The verdicts of one contract check over all queries, with the violations kept in order. */
public final class ContractReport {
    private final String contract;
    private final int rows;
    private final List<RowVerdict> violations;

    ContractReport(String contract, int rows, List<RowVerdict> violations) {
        this.contract = contract;
        this.rows = rows;
        this.violations = Collections.unmodifiableList(new ArrayList<>(violations));
    }

    /** What was checked, e.g. "ANNA row contract (exact weights)". */
    public String contract() {
        return contract;
    }

    /** Number of rows (queries) checked. */
    public int rows() {
        return rows;
    }

    /** Rows that satisfy the contract. */
    public int validRows() {
        return rows - violations.size();
    }

    /** True when every row satisfies the contract. */
    public boolean allValid() {
        return violations.isEmpty();
    }

    /** The violating rows, by increasing query index. */
    public List<RowVerdict> violations() {
        return violations;
    }

    /** "valid" or the number of violating rows and the first violation. */
    public String summary() {
        if (violations.isEmpty()) {
            return contract + ": all " + rows + " rows valid";
        }
        return contract + ": " + violations.size() + " of " + rows + " rows violate; first: "
                + violations.get(0).describe();
    }

    @Override
    public String toString() {
        return summary();
    }
}
