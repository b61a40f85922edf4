package org.annaref.cli;

import java.util.List;
import java.util.Locale;
import org.annaref.checks.stats.ClaimResult;
import org.annaref.checks.stats.Validation;

/** The validation's verdicts as a Markdown report and as JSON. */
final class ValidationReport {
    private ValidationReport() {
    }

    /** The claims table, the way the console and report.md show it. */
    static String table(List<ClaimResult> claims) {
        TextTable table = new TextTable("claim", "source", "bound", "observed", "interval",
                "p-value", "verdict");
        for (ClaimResult c : claims) {
            table.add(c.id(), c.source(), c.bound(), c.observed(), c.interval(), c.pValueText(),
                    c.verdict());
        }
        return table.render();
    }

    /** report.md. */
    static String markdown(Validation.Outcome outcome, String preset, long seed, double seconds,
            List<String> plots) {
        StringBuilder md = new StringBuilder();
        md.append("# annaref validation report\n\n");
        md.append(String.format(Locale.ROOT, "Preset `%s`, seed `%d`, %.1f s. %s%n%n", preset,
                seed, seconds, outcome.allHold() ? "**All claims hold.**"
                        : "**Some claims are REJECTED.**"));
        md.append(String.format(Locale.ROOT, "False-failure probability of the suite per run:"
                + " at most %.0e (%d statistical claims at level %.2e each, Bonferroni; claims"
                + " C6 and C7 are deterministic).%n%n", outcome.suiteAlpha(),
                outcome.statisticalClaims(), outcome.suiteAlpha() / outcome.statisticalClaims()));
        md.append("| claim | source | bound | observed | interval | p-value | level | verdict |\n");
        md.append("|---|---|---|---|---|---:|---:|---|\n");
        for (ClaimResult c : outcome.claims()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    c.id(), c.source(), escape(c.bound()), escape(c.observed()), c.interval(),
                    c.pValueText(), c.alpha() > 0 ? String.format(Locale.ROOT, "%.2e", c.alpha())
                            : "-", c.holds() ? "holds" : "**REJECTED**"));
        }
        md.append("\n## Details\n");
        for (ClaimResult c : outcome.claims()) {
            md.append("\n### ").append(c.id()).append(": ").append(c.title()).append("\n\n");
            for (String d : c.details()) {
                md.append("- ").append(escape(d)).append('\n');
            }
        }
        if (!plots.isEmpty()) {
            md.append("\n## Plots\n\n");
            for (String p : plots) {
                md.append("![").append(p).append("](").append(p).append(")\n\n");
            }
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    /** report.json. */
    static String json(Validation.Outcome outcome, String preset, long seed, double seconds) {
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"preset\": ").append(quote(preset)).append(",\n");
        json.append("  \"seed\": ").append(seed).append(",\n");
        json.append("  \"seconds\": ").append(number(seconds)).append(",\n");
        json.append("  \"suiteAlpha\": ").append(number(outcome.suiteAlpha())).append(",\n");
        json.append("  \"allHold\": ").append(outcome.allHold()).append(",\n");
        json.append("  \"claims\": [\n");
        for (int i = 0; i < outcome.claims().size(); i++) {
            ClaimResult c = outcome.claims().get(i);
            json.append("    {");
            json.append("\"id\": ").append(quote(c.id()));
            json.append(", \"title\": ").append(quote(c.title()));
            json.append(", \"source\": ").append(quote(c.source()));
            json.append(", \"bound\": ").append(quote(c.bound()));
            json.append(", \"observed\": ").append(quote(c.observed()));
            json.append(", \"low\": ").append(number(c.low()));
            json.append(", \"high\": ").append(number(c.high()));
            json.append(", \"pValue\": ").append(number(c.pValue()));
            json.append(", \"alpha\": ").append(number(c.alpha()));
            json.append(", \"holds\": ").append(c.holds());
            json.append(", \"details\": [");
            for (int d = 0; d < c.details().size(); d++) {
                json.append(d == 0 ? "" : ", ").append(quote(c.details().get(d)));
            }
            json.append("]}").append(i + 1 < outcome.claims().size() ? "," : "").append('\n');
        }
        json.append("  ]\n}\n");
        return json.toString();
    }

    /** A JSON number, or null for NaN and infinities (JSON has neither). */
    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
