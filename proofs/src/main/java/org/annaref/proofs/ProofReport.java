package org.annaref.proofs;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The proof report: contract, status, semantics, nodes, time, assumptions relied on; totals. */
public final class ProofReport {
    private ProofReport() {
    }

    /** A Markdown table of {@code results} followed by a totals line. */
    public static String table(List<ProofResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| contract | status | semantics | nodes | time (s) | relies on |\n");
        out.append("|---|---|---|---:|---:|---|\n");
        long closed = 0;
        long nodes = 0;
        long millis = 0;
        for (ProofResult r : results) {
            out.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %d | %.1f | %s |%n",
                    r.contract(), r.closed() ? "proven" : "OPEN (" + r.openGoals() + " goals)",
                    semanticsName(r.semantics()) + (r.splitting() ? " (splitting)" : "")
                            + (r.instantiated() ? " (instantiation hint)" : "")
                            + (r.scripted() ? " (proof script)" : ""),
                    r.nodes(), r.millis() / 1000.0,
                    reliesOn(r.uses())));
            closed += r.closed() ? 1 : 0;
            nodes += r.nodes();
            millis += r.millis();
        }
        out.append(String.format(Locale.ROOT, "%nTotals: %d of %d proofs closed, %d nodes,"
                + " %.1f s%n", closed, results.size(), nodes, millis / 1000.0));
        return out.toString();
    }

    /** The full report (proofs/REPORT.md): explanation, table, totals, problems. */
    public static String markdown(ProofVerdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append("# annaref proof report\n\n");
        out.append("Written by `proofs/prove --report proofs/REPORT.md` (KeY 2.12.3, automatic"
                + " mode). Semantics: *ignoring overflow* treats Java int/long arithmetic as"
                + " mathematical integers (KeY's default); *checking overflow* proves in"
                + " addition that no operation overflows, so such a proof also holds ignoring"
                + " overflow (each required contract is proven once, under the semantics"
                + " required.txt asks for); *(splitting)*: closed with KeY's proof splitting"
                + " on instead of delayed, on the second attempt or, for the contracts tagged"
                + " `[splitting]`, from the start (see KeyProver);"
                + " *(instantiation hint)*: automatic mode closed the proof after the quantifier"
                + " instance named in required.txt (`[instantiate q:=term]`) was added to its open"
                + " goals; *(proof script)*: the proof began with the KeY proof script named in"
                + " required.txt (`[script NAME]`, file proofs/contracts/scripts/NAME.script),"
                + " which applies rules automatic mode leaves to the user, and automatic mode"
                + " closed what it left open."
                + " \"relies on\" lists the contracts of"
                + " called methods a proof used that are assumed (library contracts of KeY's"
                + " java.lang model and of the JDK bridge stub are trusted and not listed).\n\n");
        long distinct = verdict.results().stream().map(ProofResult::contract).distinct().count();
        long checked = verdict.results().stream()
                .filter(r -> r.semantics().equals(KeyProver.CHECKING_OVERFLOW)).count();
        long closed = verdict.results().stream().filter(ProofResult::closed).count();
        out.append(String.format(Locale.ROOT, "**%d required contracts, %d of %d proofs closed"
                + " (%d under overflow checking); %d contracts assumed (proofs/contracts/"
                + "assumed.txt).**%n%n", distinct, closed, verdict.results().size(), checked,
                verdict.assumed()));
        out.append(table(verdict.results()));
        if (!verdict.listProblems().isEmpty() || !verdict.dependencyProblems().isEmpty()) {
            out.append("\n## Problems\n\n");
            for (String p : verdict.listProblems()) {
                out.append("- ").append(p).append('\n');
            }
            for (String p : verdict.dependencyProblems()) {
                out.append("- ").append(p).append('\n');
            }
        }
        return out.toString();
    }

    /** The semantics as the report and the log name it ("checking overflow", ...). */
    static String semanticsName(String semantics) {
        return semantics.equals(KeyProver.CHECKING_OVERFLOW) ? "checking overflow"
                : "ignoring overflow";
    }

    private static String reliesOn(Set<ContractId> uses) {
        Set<String> names = new TreeSet<>();
        for (ContractId id : uses) {
            if (!id.isLibrary()) {
                names.add(id.type() + "::" + id.method().replaceAll("\\(.*", ""));
            }
        }
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
