package org.barometer.goals.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.goals.application.DialogueRecords;
import org.barometer.goals.application.IndicatorPicture;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.interfaces.ScorecardView;
import org.barometer.goals.interfaces.chart.IndicatorChart;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.rest.BodyLimit;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.platform.web.ContentDisposition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Strategic business plans: import a plan file, read it back, and score it. */
@Path("/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
@Allowed({Role.VIEWER})
public class PlanResource {

  /** What an import stored. */
  public record Imported(String id, String title, int goals, int indicators) {}

  private static final String YAML = "application/yaml";

  @Inject Plans plans;
  @Inject DialogueRecords dialogue;

  @GET
  @Operation(summary = "Every plan, by municipality and period")
  public List<PlanEntry> all() {
    return plans.all();
  }

  @POST
  @Consumes({YAML, "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON, "text/plain"})
  @BodyLimit(megabytes = 8)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Import a plan file (YAML or JSON, docs/plan-files.md)",
      description =
          "A plan with the same id is replaced. A file that cannot be read is refused whole (422)"
              + " with the line, column and place in the plan as the field.")
  public Response importFile(@QueryParam("fileName") String fileName, String text) {
    String name = fileName == null || fileName.isBlank() ? "plan" : fileName.strip();
    try {
      Plan plan = plans.importFile(name, text == null ? "" : text);
      return Response.status(Response.Status.CREATED).entity(imported(plan)).build();
    } catch (PlanFileException e) {
      throw new InvalidInputException(e.path().isEmpty() ? "file" : e.path(), e.getMessage());
    }
  }

  /** The new plan's id and title. */
  public record NextPeriod(String id, String title) {}

  @POST
  @Path("/{id}/copy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Start the next plan period from this plan",
      description =
          "The same goals and indicators for the period after (2023-2026 is followed by"
              + " 2027-2030); deadlines that were the plan's last year move with it. The new"
              + " plan is stored as a YAML file to revise and import again. 409 when the id is"
              + " taken.")
  public Response copy(
      @PathParam("id") String id, @NotNull(message = "a JSON body is required") NextPeriod next) {
    try {
      Plan plan =
          plans.copyForNextPeriod(
              id,
              next.id() == null ? "" : next.id().strip(),
              next.title() == null ? "" : next.title().strip());
      return Response.status(Response.Status.CREATED).entity(imported(plan)).build();
    } catch (PlanFileException e) {
      throw new InvalidInputException(e.path().isEmpty() ? "id" : e.path(), e.getMessage());
    }
  }

  @GET
  @Path("/{id}/file")
  @Produces({YAML, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "The plan file",
      description =
          "Without 'format' the file as it was imported, comments and all; with format=yaml or"
              + " format=json the plan written afresh in that format.")
  public Response file(@PathParam("id") String id, @QueryParam("format") String format) {
    PlanLibrary.StoredDocument document = plans.document(id);
    if (format == null || format.isBlank()) {
      String type = document.text().stripLeading().startsWith("{") ? "application/json" : YAML;
      return download(document.text(), type, document.fileName());
    }
    Plan plan = plans.plan(id);
    PlanFileWriter writer = new PlanFileWriter();
    return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "yaml" -> download(writer.yaml(plan), YAML, id + ".yaml");
      case "json" -> download(writer.json(plan), MediaType.APPLICATION_JSON, id + ".json");
      default ->
          throw new InvalidInputException("format", "format must be yaml or json, not " + format);
    };
  }

  @DELETE
  @Path("/{id}")
  @Allowed({Role.ANALYST})
  @Operation(summary = "Remove a plan")
  public void remove(@PathParam("id") String id) {
    plans.remove(id);
  }

  @GET
  @Path("/{id}/scorecard")
  @Operation(
      summary = "The plan's scorecard",
      description =
          "Every indicator scored with what was published by 'asOf' (a date, today when left out),"
              + " and every goal's status by the rule in docs/plan-files.md. The target and the"
              + " sentence that says why are in 'lang': nb, sv or en (the default).")
  public ScorecardView scorecard(
      @PathParam("id") String id,
      @QueryParam("asOf") String asOf,
      @QueryParam("lang") String lang) {
    return ScorecardView.of(
        plans.scorecard(id, day(asOf)),
        dialogue.openFollowUps(id, LocalDate.now()),
        Language.fromTag(lang).locale());
  }

  @GET
  @Path("/{id}/indicators/{indicator}/chart.png")
  @Produces("image/png")
  @Operation(
      summary = "An indicator's chart",
      description =
          "Its figures (a survey's with the 95 % interval as a band), the target's path, the"
              + " baseline and the comparison the target names; compact=true gives the"
              + " scorecard's small trend line. 'lang' is nb, sv or en.")
  public byte[] chart(
      @PathParam("id") String id,
      @PathParam("indicator") String indicator,
      @QueryParam("asOf") String asOf,
      @QueryParam("lang") String lang,
      @QueryParam("compact") boolean compact,
      @QueryParam("width") @DefaultValue("720") int width,
      @QueryParam("height") @DefaultValue("360") int height) {
    IndicatorPicture picture = plans.picture(id, indicator, day(asOf));
    java.util.Locale locale = Language.fromTag(lang).locale();
    ResourceBundle texts = ResourceBundle.getBundle("org.barometer.messages", locale);
    return IndicatorChart.png(
        picture,
        org.barometer.goals.domain.Phrase.unit(picture.indicator().unit(), locale),
        new IndicatorChart.Labels(
            texts.getString("goals.chart.figures"),
            texts.getString("goals.chart.target"),
            texts.getString("goals.chart.baseline")),
        compact,
        Math.max(compact ? 60 : 200, Math.min(1600, width)),
        Math.max(compact ? 20 : 150, Math.min(1200, height)));
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("asOf", "asOf must be a date such as 2026-11-30");
    }
  }

  private static Response download(String text, String type, String fileName) {
    return Response.ok(text, type + "; charset=UTF-8")
        .header("Content-Disposition", ContentDisposition.attachment(fileName))
        .build();
  }

  private static Imported imported(Plan plan) {
    return new Imported(
        plan.id(), plan.title(), plan.allGoals().size(), plan.allIndicators().size());
  }
}
