package org.barometer.statistics.interfaces.rest;

import java.util.List;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.Problem;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.csv.CsvRejectedException;

/** A refused statistics file as the API answers it: 422, the place as the field, every CSV row. */
final class ImportRefusal {

  private ImportRefusal() {}

  static InvalidInputException of(ImportException e) {
    List<Problem> problems =
        e instanceof CsvRejectedException csv
            ? csv.problems().stream()
                .map(p -> new Problem((int) p.line(), p.column(), null, p.message()))
                .toList()
            : List.of();
    return new InvalidInputException(e.location(), e.getMessage(), problems);
  }
}
