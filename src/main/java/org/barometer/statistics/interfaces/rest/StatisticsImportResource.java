package org.barometer.statistics.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.rest.BodyLimit;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.shared.Country;
import org.barometer.statistics.application.ImportRequest;
import org.barometer.statistics.application.ImportResult;
import org.barometer.statistics.application.StatisticsImport;
import org.barometer.statistics.application.TablePreview;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.interfaces.UploadedFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Files of official statistics in: preview, then import. */
@Path("/statistics/imports")
@RequestScoped
@Consumes(MediaType.MULTIPART_FORM_DATA)
@BodyLimit(megabytes = (int) (UploadedFile.MAX_BYTES >> 20) + 1)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@Allowed({Role.ANALYST})
public class StatisticsImportResource {

  @Inject StatisticsImport imports;

  @POST
  @Operation(
      summary = "Import a file of official statistics",
      description =
          "The multipart field 'file' holds a JSON-stat (2.0, collection or 1.x bundle), PX or"
              + " long-format CSV file, told apart by its content. The other fields are optional:"
              + " 'source' (SSB, SCB, Kolada; else taken from the file), 'office' (NO or SE, whose"
              + " region codes), 'language' (of a multilingual file), 'tableCode' (for a CSV file),"
              + " and 'regionDimension', 'timeDimension', 'measureDimension' to override the"
              + " guessed mapping (empty for none). A file that cannot be read or mapped is"
              + " refused whole (422, naming the place); importing a table again replaces"
              + " revised cells and keeps their history.")
  public List<ImportResult> importFile(
      @FormParam("file") EntityPart file,
      @FormParam("source") String source,
      @FormParam("office") String office,
      @FormParam("language") String language,
      @FormParam("tableCode") String tableCode,
      @FormParam("regionDimension") String regionDimension,
      @FormParam("timeDimension") String timeDimension,
      @FormParam("measureDimension") String measureDimension)
      throws IOException {
    ImportRequest request =
        new ImportRequest(
            blankToNull(source),
            country(office),
            blankToNull(language),
            blankToNull(tableCode),
            regionDimension,
            timeDimension,
            measureDimension);
    try (UploadedFile upload = upload(file)) {
      return imports.importFile(upload.name(), upload.path(), request);
    } catch (ImportException e) {
      throw ImportRefusal.of(e);
    }
  }

  @POST
  @Path("/preview")
  @Operation(
      summary = "Preview a file: its tables, dimensions and the guessed mapping",
      description = "Nothing is stored. Fields 'file' and, optionally, 'language'.")
  public List<TablePreview> preview(
      @FormParam("file") EntityPart file, @FormParam("language") String language)
      throws IOException {
    try (UploadedFile upload = upload(file)) {
      return imports.preview(upload.name(), upload.path(), blankToNull(language));
    } catch (ImportException e) {
      throw ImportRefusal.of(e);
    }
  }

  private static UploadedFile upload(EntityPart file) throws IOException {
    if (file == null) {
      throw new InvalidInputException("file", "Send the file as the multipart field 'file'.");
    }
    return UploadedFile.copy(file.getFileName().orElse(null), file.getContent());
  }

  private static Country country(String office) {
    if (office == null || office.isBlank()) {
      return null;
    }
    try {
      return Country.valueOf(office.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("office", "office must be NO or SE, not '" + office + "'.");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
