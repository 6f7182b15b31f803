package org.barometer.statistics.application;

import java.util.List;
import java.util.Map;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;

/**
 * What the database's columns take, checked before the database is touched: a code, label, note or
 * status longer than its column (see {@code db/migration}, V2 and the staging table of {@code
 * Dialect}), a NUL character (PostgreSQL refuses it in any text) or a number too large for a double
 * would otherwise fail inside the transaction and reach the user as a 500 with a database message.
 * Here it is refused as a bad file, naming the place and the limit.
 */
public final class StoredLimits {

  static final int SOURCE = 40;
  static final int TABLE_CODE = 60;
  static final int TITLE = 1000;
  static final int LANGUAGE = 10;
  static final int UPDATED = 60;
  static final int MEASURE_CODE = 200;
  static final int MEASURE_LABEL = 1000;
  static final int UNIT = 200;
  static final int VARIANT_KEY = 2000;
  static final int VARIANT_LABEL = 4000;
  static final int REGION_CODE = 40;
  static final int REGION_NAME = 200;
  static final int STATUS = 10;
  static final int NOTE = 4000;

  private final String fileName;

  private StoredLimits(String fileName) {
    this.fileName = fileName;
  }

  /**
   * @param fileName the file as the user named it, for the message
   * @param source the office the table is stored under
   * @throws ImportException naming the first text that does not fit, where it is and the limit
   */
  public static void check(String fileName, MappedTable table, String source)
      throws ImportException {
    new StoredLimits(fileName).checkAll(table, source);
  }

  private void checkAll(MappedTable table, String source) throws ImportException {
    Dataset d = table.dataset();
    text("source", "the office's name", source, SOURCE);
    text("table code", "the table code", d.tableId(), TABLE_CODE);
    text("title", "the title", d.title(), TITLE);
    text("language", "the language", d.language(), LANGUAGE);
    text("updated", "the date it was updated", d.updated(), UPDATED);
    for (SeriesDescription s : table.series()) {
      String where = "measure " + shortened(s.measureCode());
      text(where, "the measure's code", s.measureCode(), MEASURE_CODE);
      text(where, "the measure's label", s.measureLabel(), MEASURE_LABEL);
      text(where, "the unit", s.unit(), UNIT);
      text(where, "the combination of the other dimensions' codes", s.variantKey(), VARIANT_KEY);
      text(
          where,
          "the combination of the other dimensions' labels",
          s.variantLabel(),
          VARIANT_LABEL);
    }
    List<RegionCode> regions = table.regions();
    for (int r = 0; r < regions.size(); r++) {
      String where = "region " + shortened(regions.get(r).code());
      text(where, "the region code", regions.get(r).code(), REGION_CODE);
      text(where, "the region's name", table.regionNames().get(r), REGION_NAME);
    }
    double[] values = d.values();
    String[] status = d.status();
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new ImportException(
            fileName, "cell " + (i + 1), "the number is too large to store (over 1.8E308)");
      }
      if (status[i] != null) {
        text("cell " + (i + 1), "the status symbol", status[i], STATUS);
      }
    }
    for (Map.Entry<Integer, String> note : d.cellNotes().entrySet()) {
      text("cell " + (note.getKey() + 1), "the cell's note", note.getValue(), NOTE);
    }
  }

  private void text(String where, String what, String value, int limit) throws ImportException {
    if (value == null) {
      return;
    }
    if (value.length() > limit) {
      throw new ImportException(
          fileName,
          where,
          what
              + " has "
              + value.length()
              + " characters, more than the "
              + limit
              + " Barometer stores ('"
              + shortened(value)
              + "')");
    }
    if (value.indexOf('\u0000') >= 0) {
      throw new ImportException(
          fileName, where, what + " holds a NUL character (byte 0x00); is the file damaged?");
    }
  }

  private static String shortened(String value) {
    if (value == null) {
      return "(none)";
    }
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
