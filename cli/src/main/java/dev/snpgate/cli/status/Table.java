package dev.snpgate.cli.status;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, two spaces apart, no trailing space. */
public final class Table {

  private final List<String[]> rows = new ArrayList<>();

  public Table(String... headings) {
    rows.add(headings);
  }

  public Table row(String... cells) {
    if (cells.length != rows.get(0).length) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + rows.get(0).length);
    }
    rows.add(cells);
    return this;
  }

  public void print(PrintWriter out) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int column = 0; column < row.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < row.length; column++) {
        line.append(row[column]);
        if (column + 1 < row.length) {
          line.append(" ".repeat(widths[column] - row[column].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
