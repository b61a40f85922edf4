package org.annaref.checks.stats;

import java.util.List;
import java.util.Locale;

/**
 * The verdict on one claim: what was claimed (with its source in MATH.md), the bound, what was
 * observed with an interval, the p-value of the deciding test and the significance level it was
 * judged at.
 *
 * @param id short identifier, e.g. "C1-hyperplane"
 * @param title the claim in words
 * @param source where the claim comes from (MATH.md section, theorem)
 * @param bound the claimed value or bound, as text
 * @param observed the measured value, as text
 * @param low lower end of the reported interval (NaN when none)
 * @param high upper end of the reported interval (NaN when none)
 * @param pValue the smallest p-value among the claim's tests (NaN for deterministic claims)
 * @param alpha the level each of the claim's tests was judged at (0 for deterministic claims)
 * @param holds the verdict
 * @param details one line per sub-test, for the report
 */
public record ClaimResult(String id, String title, String source, String bound, String observed,
        double low, double high, double pValue, double alpha, boolean holds, List<String> details) {

    /** "holds" or "REJECTED". */
    public String verdict() {
        return holds ? "holds" : "REJECTED";
    }

    /** The interval as text, or "-". */
    public String interval() {
        return Double.isNaN(low) ? "-" : String.format(Locale.ROOT, "[%.4g, %.4g]", low, high);
    }

    /** The p-value as text, or "-". */
    public String pValueText() {
        return Double.isNaN(pValue) ? "-" : String.format(Locale.ROOT, "%.3g", pValue);
    }
}
