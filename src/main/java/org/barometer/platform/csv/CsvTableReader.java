package org.barometer.platform.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV table, a header row and then data rows, and hands each non-blank record to
 * the importer with the line it starts on.
 *
 * <p>Files come from text editors and from Excel in Nordic locales, so the reader accepts a
 * byte-order mark, detects {@code ,} or {@code ;} from the header line ({@link DelimiterDetector}),
 * trims fields, and skips blank lines and lines of only empty fields while still counting them, so
 * that line numbers match what staff see in an editor. What the columns mean, and every problem
 * found in them, is the importer's business ({@link Rows}); what makes the file as a whole
 * unreadable is reported as an {@link UnreadableCsvException}.
 */
public final class CsvTableReader {

  /** What an importer does with the records of one file. */
  public interface Rows {

    /**
     * Reads the header, the first non-blank record.
     *
     * @param line the line the header starts on
     * @param delimiter the detected delimiter, for messages and for values that depend on it
     * @return whether to go on to the data rows
     */
    boolean header(long line, CSVRecord record, char delimiter);

    /**
     * Reads one data row.
     *
     * @param line the line the row starts on
     * @return whether to go on to the next row
     */
    boolean row(long line, CSVRecord record);
  }

  /** How far ahead the header line is looked for when detecting the delimiter. */
  private static final int HEADER_LOOKAHEAD = 64 * 1024;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvTableReader() {}

  /**
   * Uploaded bytes as strictly decoded UTF-8 text, so that a file saved as Windows-1252 (Excel's
   * plain "CSV" on older Windows) is refused with advice instead of importing names like "Bod�".
   */
  public static Reader strictUtf8(InputStream in) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, decoder);
  }

  /**
   * Reads a file until its end or until {@code rows} says to stop.
   *
   * @param text the file's text; not closed
   * @param maxSize the most text the file may have, in {@code unit}
   * @param unit what {@code maxSize} counts
   * @param rows the importer's handling of the header and the data rows
   * @return the line after the last record read, for problems about the file as a whole
   * @throws UnreadableCsvException if the file is too large, not UTF-8 or not CSV, or reading fails
   */
  public static long read(Reader text, long maxSize, BoundedReader.Unit unit, Rows rows)
      throws UnreadableCsvException {
    long line = 1;
    try {
      BufferedReader in = new BufferedReader(new BoundedReader(text, maxSize, unit));
      skipByteOrderMark(in);
      char delimiter = DelimiterDetector.detect(firstNonBlankLine(in));
      CSVParser parser = format(delimiter).parse(in);
      Iterator<CSVRecord> records = parser.iterator();
      boolean inHeader = true;
      while (true) {
        // Each record starts on the line after the previous one ended; blank lines are records.
        line = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          return line;
        }
        CSVRecord record = records.next();
        if (isBlank(record)) {
          continue;
        }
        boolean more = inHeader ? rows.header(line, record, delimiter) : rows.row(line, record);
        inHeader = false;
        if (!more) {
          return line;
        }
      }
    } catch (IOException e) {
      throw UnreadableCsvException.of(e, line);
    } catch (UncheckedIOException e) {
      throw UnreadableCsvException.of(e.getCause(), line);
    }
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setQuote('"')
        .setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(true)
        .setTrim(true)
        .build();
  }

  private static void skipByteOrderMark(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != BYTE_ORDER_MARK) {
      in.reset();
    }
  }

  /** The first line with content, read ahead without consuming it. */
  private static String firstNonBlankLine(BufferedReader in) throws IOException {
    in.mark(HEADER_LOOKAHEAD);
    StringBuilder current = new StringBuilder();
    try {
      for (int i = 0; i < HEADER_LOOKAHEAD; i++) {
        int c = in.read();
        if (c < 0) {
          break;
        }
        if (c == '\n' || c == '\r') {
          if (!current.toString().isBlank()) {
            break;
          }
          current.setLength(0);
        } else {
          current.append((char) c);
        }
      }
      return current.toString();
    } finally {
      in.reset();
    }
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
