package org.barometer.statistics.application;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.barometer.statistics.application.importer.DatasetParser;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.csv.LongCsvParser;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;
import org.barometer.statistics.application.importer.px.PxParser;

/**
 * Which parser reads a file: by its first bytes, because users rename files and offices serve
 * JSON-stat as {@code .txt}. A JSON document starts with <code>{</code>; a PX file with one of its
 * keywords followed by {@code =}; anything else is taken as the documented long CSV format.
 */
final class FileFormats {

  private static final int SNIFF = 512;

  /** Keywords a PX file opens with (AXIS-VERSION by the standard; others seen in real files). */
  private static final Set<String> PX_OPENINGS =
      Set.of(
          "AXIS-VERSION",
          "CHARSET",
          "CODEPAGE",
          "LANGUAGE",
          "LANGUAGES",
          "CREATION-DATE",
          "DECIMALS",
          "MATRIX",
          "TABLEID",
          "SUBJECT-CODE");

  private FileFormats() {}

  /**
   * @param in a stream that supports mark and reset (wrap it in a {@link BufferedInputStream})
   * @throws ImportException when the file is empty
   */
  static DatasetParser parserFor(String fileName, InputStream in)
      throws IOException, ImportException {
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int start = 0;
    if (text.startsWith("\u00ef\u00bb\u00bf")) { // a UTF-8 byte-order mark
      start = 3;
    }
    String begin = text.substring(start).stripLeading();
    if (begin.isEmpty()) {
      throw new ImportException(fileName, null, "the file is empty");
    }
    if (begin.startsWith("{")) {
      return new JsonStatParser();
    }
    String keyword = begin.split("[=\\[(\\s]", 2)[0].toUpperCase(Locale.ROOT);
    if (begin.contains("=") && PX_OPENINGS.contains(keyword)) {
      return new PxParser();
    }
    return new LongCsvParser();
  }
}
