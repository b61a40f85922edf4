package org.annaref.bench;

import java.util.ArrayList;
import java.util.List;

/** The ratio table: one row per target, plus the detail lines behind them. */
public final class BenchReport {
    /** One measured ratio against its target. */
    public record Row(String metric, String measured, String target, String verdict,
            String note) {
    }

    /**
     * One N of the quality sweep: the tuned (z, l) and its quality and time, exact softmax's
     * time (NaN when not measured at this N), and Theorem A.1's (z, l) with the time they would
     * take at the tuned run's measured cost per function (l z scales the work of a run).
     */
    public record SizeRow(int n, int z, int l, double quality, double annaSeconds,
            double softmaxSeconds, double theoremZ, double theoremL, double theoremSeconds) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<SizeRow> sizes = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    void add(String metric, String measured, String target, Boolean met, String note) {
        rows.add(new Row(metric, measured, target, met == null ? "-" : met ? "met" : "not met",
                note));
    }

    void size(SizeRow row) {
        sizes.add(row);
    }

    void detail(String line) {
        details.add(line);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<SizeRow> sizes() {
        return List.copyOf(sizes);
    }

    public List<String> details() {
        return List.copyOf(details);
    }
}
