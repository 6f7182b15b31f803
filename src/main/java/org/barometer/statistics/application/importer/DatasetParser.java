package org.barometer.statistics.application.importer;

import java.io.InputStream;
import java.util.List;

/**
 * Reads one file format into datasets. A JSON-stat collection or 1.x bundle holds several datasets;
 * a PX file one. A parser never stores anything and never leaves a file half read: it returns every
 * dataset or throws.
 */
public interface DatasetParser {

  /**
   * @param fileName the file's name, for messages
   * @param in the file's bytes; the parser decides the encoding (PX: CODEPAGE, CHARSET, BOM)
   * @param language the preferred language for labels of a multilingual file (nb, sv, en, ...); the
   *     file's default language when it does not have it
   */
  List<Dataset> parse(String fileName, InputStream in, String language) throws ImportException;
}
