package org.barometer.statistics.application.importer.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.barometer.shared.Period;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;

/**
 * Lays the observations of a long file out as the dense {@link Dataset} every importer produces.
 *
 * <p>A long file lists only the cells it has; the dataset has one cell for every combination of
 * measure, region and period, so combinations the file does not give become missing cells (NaN, no
 * status). Because a few rows can span a huge table (a thousand measures, a thousand regions and a
 * thousand periods from three thousand rows), the number of cells is checked before any is made.
 */
final class CsvDatasetAssembler {

  private CsvDatasetAssembler() {}

  /**
   * @param fileName the file's name, which titles the dataset
   * @param measures the measure categories, in the order first seen
   * @param regions the region categories, in the order first seen
   * @param observations the checked rows, each naming a measure and region above
   * @param maxCells the most cells the dataset may have
   * @return a dataset of format "CSV" with dimensions measure (METRIC), region (GEO) and period
   *     (TIME), periods in {@link Period} order
   * @throws CsvRejectedException if the table would have more than {@code maxCells} cells
   */
  static Dataset assemble(
      String fileName,
      List<Category> measures,
      List<Category> regions,
      List<CsvRow> observations,
      int maxCells)
      throws CsvRejectedException {
    TreeSet<Period> periods = new TreeSet<>();
    observations.forEach(o -> periods.add(o.period()));
    long cells = (long) measures.size() * regions.size() * periods.size();
    if (cells > maxCells) {
      throw new CsvRejectedException(
          fileName,
          List.of(
              new CsvProblem(
                  0,
                  "",
                  "the table would have "
                      + measures.size()
                      + " measures × "
                      + regions.size()
                      + " regions × "
                      + periods.size()
                      + " periods = "
                      + cells
                      + " cells, more than the "
                      + maxCells
                      + " that can be imported at once; split the file")));
    }
    List<Dimension> dimensions =
        List.of(
            new Dimension(LongCsvColumns.MEASURE, "Measure", DimensionRole.METRIC, measures),
            new Dimension(LongCsvColumns.REGION, "Region", DimensionRole.GEO, regions),
            new Dimension(
                LongCsvColumns.PERIOD,
                "Period",
                DimensionRole.TIME,
                periods.stream().map(p -> Category.of(p.code(), p.code())).toList()));
    double[] values = new double[(int) cells];
    Arrays.fill(values, Double.NaN);
    String[] status = new String[(int) cells];
    Map<Integer, String> cellNotes = new HashMap<>();
    Map<String, Integer> measureIndex = positions(measures.stream().map(Category::code).toList());
    Map<String, Integer> regionIndex = positions(regions.stream().map(Category::code).toList());
    Map<Period, Integer> periodIndex = positions(periods);
    for (CsvRow o : observations) {
      // Row-major with the period fastest, as in JSON-stat and PX.
      int cell =
          (measureIndex.get(o.measure()) * regions.size() + regionIndex.get(o.region()))
                  * periods.size()
              + periodIndex.get(o.period());
      values[cell] = o.value();
      status[cell] = o.status();
      if (o.note() != null) {
        cellNotes.put(cell, o.note());
      }
    }
    return new Dataset(
        "CSV", null, fileName, null, null, null, dimensions, values, status, cellNotes, List.of());
  }

  private static <T> Map<T, Integer> positions(Iterable<T> keys) {
    Map<T, Integer> positions = new HashMap<>();
    for (T key : keys) {
      positions.put(key, positions.size());
    }
    return positions;
  }
}
