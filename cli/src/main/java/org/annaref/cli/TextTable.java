package org.annaref.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns sized to their widest cell. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    TextTable add(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has "
                    + columns + " columns");
        }
        rows.add(cells);
        return this;
    }

    String render() {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                out.append(c == 0 ? "" : "  ").append(row[c]);
                out.append(" ".repeat(c == columns - 1 ? 0 : width[c] - row[c].length()));
            }
            out.append('\n');
            if (r == 0) {
                int total = 0;
                for (int c = 0; c < columns; c++) {
                    total += width[c] + (c == 0 ? 0 : 2);
                }
                out.append("-".repeat(total)).append('\n');
            }
        }
        return out.toString();
    }
}
