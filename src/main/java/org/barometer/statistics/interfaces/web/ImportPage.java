package org.barometer.statistics.interfaces.web;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;
import org.barometer.shared.Country;
import org.barometer.statistics.application.DatasetMapping;
import org.barometer.statistics.application.ImportRequest;
import org.barometer.statistics.application.ImportResult;
import org.barometer.statistics.application.StatisticsImport;
import org.barometer.statistics.application.TablePreview;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.interfaces.UploadedFile;
import org.primefaces.event.FileUploadEvent;

/**
 * The import page in three steps: drop a file, check the preview and the guessed mapping of region,
 * time and measure (changeable for a one-table file), then read what was stored. The file waits in
 * a temporary file between the steps and is deleted when the view ends.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The offices Barometer knows; a CSV file names its own. */
  public static final List<String> SOURCES = List.of("SSB", "SCB", "Kolada");

  @Inject StatisticsImport imports;
  @Inject LanguageChoice language;

  private transient UploadedFile upload;
  private transient List<TablePreview> previews = List.of();
  private transient List<ImportResult> results = List.of();

  private String source;
  private String office;
  private String tableCode;
  private String regionDimension;
  private String timeDimension;
  private String measureDimension;

  /** Takes the dropped file and previews it; a file that cannot be read is refused here. */
  @StaffAction(Role.ANALYST)
  public void upload(FileUploadEvent event) {
    discard();
    try {
      upload = UploadedFile.copy(event.getFile().getFileName(), event.getFile().getInputStream());
      previews = imports.preview(upload.name(), upload.path(), fileLanguage());
      takeGuesses(previews.get(0));
    } catch (ImportException | InvalidInputException e) {
      Messages.error(e.getMessage());
      discard();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores every table of the file with the mapping shown; nothing when anything is refused. */
  @StaffAction(Role.ANALYST)
  public void importTables() {
    if (upload == null) {
      Messages.error(Messages.text("statistics.import.noFile"));
      return;
    }
    boolean single = previews.size() == 1;
    ImportRequest request =
        new ImportRequest(
            blankToNull(source),
            office == null || office.isBlank() ? null : Country.valueOf(office),
            fileLanguage(),
            blankToNull(tableCode),
            single ? regionDimension : null,
            single ? timeDimension : null,
            single ? measureDimension : null);
    try {
      results = imports.importFile(upload.name(), upload.path(), request);
      Messages.info(Messages.text("statistics.import.done", upload.name()));
      discard();
    } catch (ImportException | InvalidInputException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets the file to start again with another. */
  @StaffAction(Role.ANALYST)
  public void startAgain() {
    discard();
    results = List.of();
  }

  @PreDestroy
  void discard() {
    if (upload != null) {
      try {
        upload.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    upload = null;
    previews = List.of();
  }

  private void takeGuesses(TablePreview first) {
    DatasetMapping guess = first.mapping();
    source = first.source();
    office = first.office() == null ? null : first.office().name();
    tableCode = first.tableCode();
    regionDimension = orEmpty(guess.regionDimension());
    timeDimension = orEmpty(guess.timeDimension());
    measureDimension = orEmpty(guess.measureDimension());
  }

  /** PX files call Norwegian "no"; the page's other languages are written as the files do. */
  private String fileLanguage() {
    Language chosen = language.getLanguage();
    return chosen == Language.NB ? "no" : chosen.tag();
  }

  /** "7 '.', 1 ':'" — missing cells by the office's symbol; an empty symbol is a blank cell. */
  public String missing(Map<String, Long> bySymbol) {
    return bySymbol.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getValue() + " " + (e.getKey().isEmpty() ? "( )" : "'" + e.getKey() + "'"))
        .collect(Collectors.joining(", "));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getFileName() {
    return upload == null ? null : upload.name();
  }

  public List<TablePreview> getPreviews() {
    return previews;
  }

  public List<ImportResult> getResults() {
    return results;
  }

  public List<String> getSources() {
    return SOURCES;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public String getTableCode() {
    return tableCode;
  }

  public void setTableCode(String tableCode) {
    this.tableCode = tableCode;
  }

  public String getRegionDimension() {
    return regionDimension;
  }

  public void setRegionDimension(String regionDimension) {
    this.regionDimension = regionDimension;
  }

  public String getTimeDimension() {
    return timeDimension;
  }

  public void setTimeDimension(String timeDimension) {
    this.timeDimension = timeDimension;
  }

  public String getMeasureDimension() {
    return measureDimension;
  }

  public void setMeasureDimension(String measureDimension) {
    this.measureDimension = measureDimension;
  }
}
