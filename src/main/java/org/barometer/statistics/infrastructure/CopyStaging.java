package org.barometer.statistics.infrastructure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Stages cells with PostgreSQL's {@code COPY ... FROM STDIN} in text format: several times faster
 * than batched inserts for a million rows, because the server parses no SQL per row. Only loaded
 * when the connection is a PostgreSQL one and the driver's classes are visible (see {@link
 * Dialect}).
 */
final class CopyStaging implements StagingWriter {

  private final PGCopyOutputStream copy;
  private final Writer out;

  CopyStaging(Connection connection, String table) throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    copy = new PGCopyOutputStream(pg, "copy " + table + " (" + COLUMNS + ") from stdin", 1 << 16);
    out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void add(
      long seriesId, long regionId, StagedPeriod period, double value, String status, String note)
      throws SQLException {
    try {
      out.write(Long.toString(seriesId));
      out.write('\t');
      out.write(Long.toString(regionId));
      out.write('\t');
      out.write(period.code());
      out.write('\t');
      out.write(period.kind());
      out.write('\t');
      out.write(Double.isNaN(value) ? "\\N" : Double.toString(value));
      out.write('\t');
      text(status);
      out.write('\t');
      text(note);
      out.write('\n');
    } catch (IOException e) {
      throw new SQLException("Staging the cells failed: " + e.getMessage(), e);
    }
  }

  /** COPY's text format: null is \N; backslash, tab, newline and carriage return are escaped. */
  private void text(String s) throws IOException {
    if (s == null) {
      out.write("\\N");
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.write("\\\\");
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        default -> out.write(c);
      }
    }
  }

  @Override
  public void finish() throws SQLException {
    try {
      out.close(); // ends the COPY
    } catch (IOException e) {
      throw new SQLException("Staging the cells failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws SQLException {
    // after a failure the COPY is still open, and the connection accepts nothing else (not even
    // the rollback) until it is cancelled
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
