package org.barometer.statistics.application.importer.px;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DatasetParser;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads a PC-Axis (PX) file into one {@link Dataset}.
 *
 * <ul>
 *   <li>Encoding: see {@link PxEncoding} (BOM, then CODEPAGE, then Windows-1252).
 *   <li>Languages: LANGUAGE is the default, LANGUAGES the others; {@code KEY[lang]} entries carry
 *       translations. The caller's language is used when the file has it, else the default. Since
 *       variable names differ per language, the Nth STUB/HEADING variable of a language is the Nth
 *       of the default language. A translation that is missing falls back to the default language.
 *   <li>Dimensions: STUB variables, then HEADING variables (the cell order: last heading variable
 *       fastest). Dimension id: VARIABLECODE, else the default-language variable name (stable
 *       across languages); label: the variable name in the chosen language. Category code: CODES,
 *       else the default-language VALUES text; label: VALUES in the chosen language. Time codes
 *       stay as written in CODES/VALUES ("2005M08"), not the TIMEVAL form ("200508"), unless they
 *       are no periods ("1971 July"): then TIMEVAL's period is the code ({@link PxTime}).
 *   <li>Roles: TIMEVAL, or a name such as time/tid/år with period codes, gives TIME; CONTVARIABLE
 *       gives METRIC, with per-content UNITS/DECIMALS; VARIABLE-TYPE="G", MAP, or a name such as
 *       region/kommun/kommune/kunta gives GEO. Without a CONTVARIABLE, a one-category METRIC
 *       dimension "ContentsCode" (code MATRIX, label CONTENTS, the table's UNITS/DECIMALS) is
 *       appended, so every dataset has its measure; it does not change the cell order.
 *   <li>Cells: dense, or sparse rows in the KEYS layout (see {@link PxData}); numbers (quoted or
 *       not); any other quoted text, and bare dot runs or "-", is a missing cell (NaN) with that
 *       text as its status. "-" (nil) is kept as NaN with status "-", not as 0: the user decides in
 *       the mapping.
 *   <li>Notes: NOTEX/NOTE (table, then per variable as "variable: note"), the meaning of
 *       DATASYMBOL1-6/NIL/SUM when it differs from the symbol, VALUENOTEX/VALUENOTE on categories,
 *       CELLNOTEX/CELLNOTE ("*" wildcards; values matched by value text or code) and DATANOTECELL
 *       (its marker, e.g. "*") on cells.
 * </ul>
 *
 * <p>Limits: {@link #MAX_BYTES} per file, {@link #MAX_CELLS} cells, {@link PxScanner#MAX_LINE}
 * characters per line.
 */
public final class PxParser implements DatasetParser {

  public static final long MAX_BYTES = 100L * 1024 * 1024;
  public static final int MAX_CELLS = 5_000_000;

  @Override
  public List<Dataset> parse(String fileName, InputStream in, String language)
      throws ImportException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new ImportException(fileName, null, "the file could not be read: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new ImportException(
          fileName, null, "the file is larger than " + (MAX_BYTES >> 20) + " MB");
    }
    return List.of(parse(fileName, bytes, language));
  }

  Dataset parse(String fileName, byte[] bytes, String language) throws ImportException {
    String text = PxEncoding.decode(fileName, bytes);
    PxScanner scanner = new PxScanner(fileName, text);
    PxKeywords keywords = new PxKeywords(fileName, scanner.readHeader(), language);
    return build(keywords, scanner);
  }

  /** Turns the header entries and the cells into a dataset. */
  private static Dataset build(PxKeywords keywords, PxScanner scanner) throws ImportException {
    String updated = keywords.text("LAST-UPDATED");
    PxVariables variables = new PxVariables(keywords);
    List<Dimension> dimensions = variables.dimensions();

    int size = variables.cells();
    double[] values = new double[size];
    String[] status = new String[size];
    PxData.readCells(
        keywords.fileName(),
        scanner,
        values,
        status,
        dimensions,
        variables.keys(),
        variables.defaultValues());

    PxNotes notes = new PxNotes(keywords);
    Map<Integer, String> cellNotes = notes.cellNotes(dimensions, variables.defaultValues());
    if (updated == null) {
      updated =
          variables.contentUpdated() != null
              ? variables.contentUpdated()
              : keywords.text("CREATION-DATE");
    }
    String tableId = keywords.text("TABLEID");
    if (tableId == null) {
      tableId = keywords.text("MATRIX");
    }
    return new Dataset(
        "PX",
        tableId,
        keywords.title(),
        keywords.text("SOURCE"),
        updated,
        keywords.lang() != null ? keywords.lang() : keywords.defaultLang(),
        dimensions,
        values,
        status,
        cellNotes,
        notes.notes(variables.defaultNames(), variables.names()));
  }
}
