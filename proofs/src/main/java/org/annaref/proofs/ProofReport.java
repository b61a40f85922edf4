package org.annaref.proofs;

import java.util.List;
import java.util.Locale;

/** The proof table: contract, status, semantics, nodes, time, and totals. */
public final class ProofReport {
    private ProofReport() {
    }

    /** A Markdown table of {@code results} followed by a totals line. */
    public static String table(List<ProofResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| contract | status | semantics | nodes | time (s) |\n");
        out.append("|---|---|---|---:|---:|\n");
        long closed = 0;
        long nodes = 0;
        long millis = 0;
        for (ProofResult r : results) {
            out.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %d | %.1f |%n",
                    r.contract(), r.closed() ? "proven" : "OPEN (" + r.openGoals() + " goals)",
                    r.semantics(), r.nodes(), r.millis() / 1000.0));
            closed += r.closed() ? 1 : 0;
            nodes += r.nodes();
            millis += r.millis();
        }
        out.append(String.format(Locale.ROOT, "%nTotals: %d of %d proven, %d nodes, %.1f s%n",
                closed, results.size(), nodes, millis / 1000.0));
        return out.toString();
    }
}
