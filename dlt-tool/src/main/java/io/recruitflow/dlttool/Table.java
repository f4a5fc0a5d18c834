package io.recruitflow.dlttool;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, the last one unpadded. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final List<List<String>> notes = new ArrayList<>();

    Table(String... headings) {
        rows.add(headings);
        notes.add(List.of());
    }

    /** A row, and lines printed indented under it. */
    void add(List<String> notes, String... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "-" : cells[i];
        }
        rows.add(row);
        this.notes.add(notes);
    }

    void add(String... cells) {
        add(List.of(), cells);
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
            notes.get(r).forEach(note -> out.println("    " + note));
        }
    }
}
