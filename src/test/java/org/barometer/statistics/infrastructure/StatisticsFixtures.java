package org.barometer.statistics.infrastructure;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DatasetParser;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;

/** Datasets for the store's tests: parsed fixture files, and small ones built by hand. */
final class StatisticsFixtures {

  private StatisticsFixtures() {}

  /** One measure, the given regions, 2021; value 1.0 in the first cell, the rest missing. */
  static Dataset table(String tableId, List<Category> regions, String[] status) {
    double[] values = new double[regions.size()];
    java.util.Arrays.fill(values, Double.NaN);
    values[0] = 1.0;
    return new Dataset(
        "JSON-stat 2.0",
        tableId,
        "test",
        null,
        null,
        null,
        List.of(
            new Dimension("region", "region", DimensionRole.GEO, regions),
            new Dimension("Tid", "år", DimensionRole.TIME, List.of(Category.of("2021", "2021")))),
        values,
        status,
        Map.of(),
        List.of());
  }

  static Dataset withValues(Dataset d, double[] values) {
    return new Dataset(
        d.format(),
        d.tableId(),
        d.title(),
        d.source(),
        d.updated(),
        d.language(),
        d.dimensions(),
        values,
        d.status(),
        d.cellNotes(),
        d.notes());
  }

  static Dataset parse(DatasetParser parser, String resource, String language) throws Exception {
    try (InputStream in = StatisticsFixtures.class.getResourceAsStream(resource)) {
      return parser.parse(resource, in, language).get(0);
    }
  }
}
