package org.barometer.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.barometer.shared.Country;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DatasetParser;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Imports a file of official statistics: JSON-stat (a dataset, a collection, a 1.x bundle), PX or
 * the long CSV format, told apart by their first bytes. {@link #preview} shows what would be stored
 * and how it would be mapped; {@link #importFile} stores it.
 *
 * <p>A file is parsed whole and every table in it mapped before anything is stored, so a file that
 * cannot be read or mapped leaves nothing behind. Each table is then stored in a transaction of its
 * own (see {@link StatisticsStore}); storing again is harmless, so a file whose second table failed
 * in the database can simply be imported again.
 */
@ApplicationScoped
public class StatisticsImport {

  private static final Logger LOG = Logger.getLogger(StatisticsImport.class.getName());

  private StatisticsStore store;
  private StatisticsCatalogue catalogue;

  protected StatisticsImport() {}

  @Inject
  public StatisticsImport(StatisticsStore store, StatisticsCatalogue catalogue) {
    this.store = store;
    this.catalogue = catalogue;
  }

  /** The tables of the file with their guessed mapping; nothing is stored. */
  public List<TablePreview> preview(String fileName, Path file, String language)
      throws ImportException, IOException {
    List<Dataset> datasets = parse(fileName, file, language);
    List<TablePreview> previews = new ArrayList<>();
    for (int i = 0; i < datasets.size(); i++) {
      Dataset d = datasets.get(i);
      String source = Offices.recognise(d.source());
      Country office = Offices.country(source);
      previews.add(
          new TablePreview(
              i,
              d.format(),
              d.tableId(),
              d.title(),
              source,
              office,
              d.size(),
              d.missingBySymbol(),
              d.dimensions().stream().map(DimensionPreview::of).toList(),
              DatasetMapping.guess(d, office == null ? Country.NO : office)));
    }
    return previews;
  }

  /**
   * Stores every table of the file.
   *
   * @throws ImportException naming the file and the place when the file cannot be read, the office
   *     cannot be told, or a table cannot be mapped; nothing is stored then
   */
  public List<ImportResult> importFile(String fileName, Path file, ImportRequest request)
      throws ImportException, IOException {
    List<Dataset> datasets = parse(fileName, file, request.language());
    List<Dataset> named = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<DatasetMapping> mappings = new ArrayList<>();
    for (Dataset parsed : datasets) {
      Dataset d =
          parsed.tableId() == null ? parsed.withTableId(tableCode(fileName, request)) : parsed;
      String source = request.source() != null ? request.source() : Offices.recognise(d.source());
      if (source == null || source.isBlank()) {
        throw new ImportException(
            fileName, "source", "the file does not say which office published it; choose one");
      }
      Country office = request.office() != null ? request.office() : Offices.country(source);
      if (office == null) {
        throw new ImportException(
            fileName,
            "office",
            "Barometer cannot tell whose region codes " + source + " writes; choose a country");
      }
      DatasetMapping mapping = mapping(d, office, request);
      // every table is checked, down to what the columns take, before any is stored
      StoredLimits.check(fileName, mapped(fileName, d, mapping), source);
      named.add(d);
      sources.add(source);
      mappings.add(mapping);
    }
    List<ImportResult> results = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      Dataset d = named.get(i);
      ImportSummary summary = store.store(d, mappings.get(i), sources.get(i));
      long id = tableId(sources.get(i), d.tableId());
      results.add(new ImportResult(id, sources.get(i), d.tableId(), d.title(), summary));
      LOG.info(
          () ->
              String.format(
                  "Imported %s %s from %s: %d cells, %d added, %d revised",
                  sources.get(results.size() - 1),
                  d.tableId(),
                  fileName,
                  summary.read(),
                  summary.added(),
                  summary.revised()));
    }
    return results;
  }

  /** The table mapped; a refusal names the file as well as the table ("SSB 12191"). */
  private static MappedTable mapped(String fileName, Dataset d, DatasetMapping mapping)
      throws ImportException {
    try {
      return MappedTable.of(d, mapping);
    } catch (ImportException e) {
      String table = e.fileName();
      throw new ImportException(
          fileName, e.location() == null ? table : e.location() + " of " + table, e.problem());
    }
  }

  private static List<Dataset> parse(String fileName, Path file, String language)
      throws ImportException, IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      DatasetParser parser = FileFormats.parserFor(fileName, in);
      List<Dataset> datasets = parser.parse(fileName, in, language);
      if (datasets.isEmpty()) {
        throw new ImportException(fileName, null, "the file holds no table");
      }
      return datasets;
    }
  }

  private static DatasetMapping mapping(Dataset d, Country office, ImportRequest request) {
    DatasetMapping mapping = DatasetMapping.guess(d, office);
    if (request.regionDimension() != null) {
      mapping = mapping.withRegion(blankToNull(request.regionDimension()));
    }
    if (request.timeDimension() != null) {
      mapping = mapping.withTime(blankToNull(request.timeDimension()));
    }
    if (request.measureDimension() != null) {
      mapping = mapping.withMeasure(blankToNull(request.measureDimension()));
    }
    return mapping;
  }

  private static String tableCode(String fileName, ImportRequest request) {
    if (request.tableCode() != null && !request.tableCode().isBlank()) {
      return request.tableCode().strip();
    }
    String base = Path.of(fileName).getFileName().toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  private long tableId(String source, String code) {
    return catalogue.tables().stream()
        .filter(t -> t.source().equals(source) && t.code().equals(code))
        .mapToLong(TableEntry::id)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(source + " " + code + " was not stored"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
