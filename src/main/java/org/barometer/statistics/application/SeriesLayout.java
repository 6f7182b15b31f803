package org.barometer.statistics.application;

import java.util.ArrayList;
import java.util.List;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;

/**
 * How a table's cells fall into series: every dimension that is neither region nor time (the
 * measure included) is a series dimension, and a cell's series ordinal is its categories' positions
 * in those dimensions read as one mixed-radix number, in dimension order. {@link #weights()} gives
 * each dimension's place value (0 for region and time), so a walk over the cells can keep the
 * ordinal up to date with additions.
 */
record SeriesLayout(List<SeriesDescription> series, int[] weights) {

  static SeriesLayout of(Dataset dataset, int regionDim, int timeDim, int measureDim) {
    List<Dimension> dims = dataset.dimensions();
    int n = dims.size();
    int[] weights = new int[n];
    int count = 1;
    for (int d = n - 1; d >= 0; d--) {
      if (d != regionDim && d != timeDim) {
        weights[d] = count;
        count = Math.multiplyExact(count, dims.get(d).categories().size());
      }
    }
    List<SeriesDescription> series = new ArrayList<>(count);
    for (int ordinal = 0; ordinal < count; ordinal++) {
      series.add(describe(dataset, measureDim, regionDim, timeDim, weights, ordinal));
    }
    return new SeriesLayout(List.copyOf(series), weights);
  }

  private static SeriesDescription describe(
      Dataset dataset, int measureDim, int regionDim, int timeDim, int[] weights, int ordinal) {
    List<Dimension> dims = dataset.dimensions();
    StringBuilder key = new StringBuilder();
    StringBuilder label = new StringBuilder();
    Category measure = null;
    for (int d = 0; d < dims.size(); d++) {
      if (d == regionDim || d == timeDim) {
        continue;
      }
      Dimension dim = dims.get(d);
      Category c = dim.categories().get(ordinal / weights[d] % dim.categories().size());
      if (d == measureDim) {
        measure = c;
        continue;
      }
      if (!key.isEmpty()) {
        key.append('|');
        label.append(", ");
      }
      key.append(dim.id()).append('=').append(c.code());
      label.append(dim.label() == null ? dim.id() : dim.label()).append(": ").append(c.label());
    }
    if (measure == null) {
      return new SeriesDescription(
          dataset.tableId(), dataset.title(), null, null, key.toString(), label.toString());
    }
    return new SeriesDescription(
        measure.code(),
        measure.label(),
        measure.unit() == null ? null : measure.unit().label(),
        measure.unit() == null ? null : measure.unit().decimals(),
        key.toString(),
        label.toString());
  }
}
