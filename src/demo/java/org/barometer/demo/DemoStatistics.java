package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.statistics.application.ImportRequest;
import org.barometer.statistics.application.ImportResult;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.StatisticsImport;
import org.barometer.statistics.application.importer.ImportException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Real tables from SSB and SCB for the series browser, imported from the project's test fixtures
 * (see their {@code SOURCES.md}) through the same service as an upload. Nothing here is made up:
 * these are the offices' own figures, as downloaded.
 */
@ApplicationScoped
class DemoStatistics {

  private static final Logger LOG = Logger.getLogger(DemoStatistics.class.getName());

  /** Files under the fixture folder, each with the language to import it in. */
  private static final List<String> FILES =
      List.of(
          "ssb/ssb-12367-kostra-regnskap-jsonstat2.json",
          "ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json",
          "ssb/ssb-06913-population-changes-municipalities-K_3001.px",
          "scb/scb-TAB005-land-use-by-municipality-2lang.px",
          "scb/scb-TAB6471-folkmangd-manad-v2-jsonstat2.json");

  @Inject
  @ConfigProperty(name = "barometer.demo.statistics.dir")
  Optional<String> folder;

  @Inject StatisticsImport imports;
  @Inject StatisticsCatalogue catalogue;

  /** Imports the tables once: when none is stored yet. */
  void loadIfEmpty() {
    if (folder.isEmpty() || !catalogue.tables().isEmpty()) {
      return;
    }
    for (String file : FILES) {
      Path path = Path.of(folder.get(), file);
      if (!Files.isRegularFile(path)) {
        LOG.warning(() -> "Demo statistics: " + path + " is missing; skipped.");
        continue;
      }
      try {
        for (ImportResult r :
            imports.importFile(path.getFileName().toString(), path, ImportRequest.guessed())) {
          LOG.info(
              () ->
                  "Demo statistics: "
                      + r.source()
                      + " "
                      + r.tableCode()
                      + ", "
                      + r.summary().read()
                      + " cells");
        }
      } catch (ImportException | IOException e) {
        LOG.log(Level.WARNING, "Demo statistics: " + file + " was not imported", e);
      }
    }
  }
}
