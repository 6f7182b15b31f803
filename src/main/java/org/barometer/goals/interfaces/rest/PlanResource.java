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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.goals.application.DialogueRecords;
import org.barometer.goals.application.ImportedVersion;
import org.barometer.goals.application.IndicatorPicture;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.Revision;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.interfaces.PlanChangesView;
import org.barometer.goals.interfaces.ScorecardView;
import org.barometer.goals.interfaces.VersionView;
import org.barometer.goals.interfaces.chart.IndicatorChart;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.rest.BodyLimit;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.platform.web.ContentDisposition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Strategic business plans: import a plan file, read it back, and score it. */
@Path("/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
@Allowed({Role.VIEWER})
public class PlanResource {

  /**
   * What an import stored.
   *
   * @param version the plan's version the file is: a new one, or the latest when nothing changed
   * @param inForceFrom the first day that version is in force
   * @param created whether the import made a new version (false: the file was the same as the
   *     latest version, and nothing was stored)
   */
  public record Imported(
      String id,
      String title,
      int goals,
      int indicators,
      int version,
      LocalDate inForceFrom,
      boolean created) {}

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
          "A new plan is stored as its version 1 (201). A changed file for a plan that exists is"
              + " stored as its next version (201) beside the earlier ones, which are kept;"
              + " 'reason' (why the plan changes) is then required, and 'inForceFrom' (the first"
              + " day the version holds, today when left out) may not be before the latest"
              + " version's (422 naming the field). A file the same as the latest version stores"
              + " nothing and answers 200 with created false. A file that cannot be read is"
              + " refused whole (422) with the line, column and place in the plan as the field.")
  public Response importFile(
      @QueryParam("fileName") String fileName,
      @Parameter(description = "why the plan changes; required from version 2 on")
          @QueryParam("reason")
          String reason,
      @Parameter(description = "the first day the version holds, e.g. 2026-03-01; today if empty")
          @QueryParam("inForceFrom")
          String inForceFrom,
      @Context SecurityContext security,
      String text) {
    String name = fileName == null || fileName.isBlank() ? "plan" : fileName.strip();
    Revision revision =
        new Revision(
            security.getUserPrincipal().getName(),
            reason,
            inForceFrom == null || inForceFrom.isBlank() ? null : day(inForceFrom, "inForceFrom"));
    try {
      ImportedVersion imported = plans.importFile(name, text == null ? "" : text, revision);
      return Response.status(imported.created() ? Response.Status.CREATED : Response.Status.OK)
          .entity(imported(imported))
          .build();
    } catch (PlanFileException e) {
      throw new InvalidInputException(e.path().isEmpty() ? "file" : e.path(), e.getMessage());
    }
  }

  @GET
  @Path("/{id}/versions")
  @Operation(
      summary = "The plan's versions, oldest first",
      description =
          "Each with its number, the first day it is in force, who stored it and when, and why"
              + " the plan changed. A scorecard as of a day uses the version in force that day.")
  public List<VersionView> versions(@PathParam("id") String id) {
    return plans.versions(id).stream().map(VersionView::of).toList();
  }

  @GET
  @Path("/{id}/versions/{number}")
  @Produces({YAML, MediaType.APPLICATION_JSON})
  @Operation(summary = "One version's plan file, as it was imported")
  public Response version(@PathParam("id") String id, @PathParam("number") int number) {
    PlanLibrary.StoredDocument document = plans.version(id, number).document();
    return download(document.text(), typeOf(document), document.fileName());
  }

  @GET
  @Path("/{id}/versions/{from}/changes/{to}")
  @Operation(
      summary = "What changed from one version of the plan to another",
      description =
          "The goals and indicators added, removed or changed (matched by their ids), and for a"
              + " changed one which parts: a target, a baseline, a name, the goal it is under …;"
              + " targets in words in 'lang' (nb, sv or en, the default). Usually 'from' is the"
              + " older version; the other way round lists what going back would change.")
  public PlanChangesView changes(
      @PathParam("id") String id,
      @PathParam("from") int from,
      @PathParam("to") int to,
      @QueryParam("lang") String lang) {
    return PlanChangesView.of(id, plans.changes(id, from, to), Language.fromTag(lang).locale());
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
              + " plan is stored as version 1 of a YAML file to revise and import again. 409 when"
              + " the id is taken.")
  public Response copy(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") NextPeriod next,
      @Context SecurityContext security) {
    try {
      ImportedVersion copy =
          plans.copyForNextPeriod(
              id,
              next.id() == null ? "" : next.id().strip(),
              next.title() == null ? "" : next.title().strip(),
              security.getUserPrincipal().getName());
      return Response.status(Response.Status.CREATED).entity(imported(copy)).build();
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
          "Without 'format' the latest version's file as it was imported, comments and all; with"
              + " format=yaml or format=json that version written afresh in that format. Earlier"
              + " versions: /versions/{number}.")
  public Response file(@PathParam("id") String id, @QueryParam("format") String format) {
    PlanLibrary.StoredDocument document = plans.document(id);
    if (format == null || format.isBlank()) {
      return download(document.text(), typeOf(document), document.fileName());
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
              + " and every goal's status by the rule in docs/plan-files.md, in the version of the"
              + " plan in force on 'asOf' (the latest in force on or before it; version 1 before"
              + " the first is in force), which 'version' names. The target and the sentence that"
              + " says why are in 'lang': nb, sv or en (the default).")
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
    return day(text, "asOf");
  }

  private static LocalDate day(String text, String field) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      if (day.getYear() < 1900 || day.getYear() > 2200) {
        throw new InvalidInputException(field, field + " must be a day from 1900 to 2200");
      }
      return day;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " must be a date such as 2026-11-30");
    }
  }

  private static String typeOf(PlanLibrary.StoredDocument document) {
    return document.text().stripLeading().startsWith("{") ? MediaType.APPLICATION_JSON : YAML;
  }

  private static Response download(String text, String type, String fileName) {
    return Response.ok(text, type + "; charset=UTF-8")
        .header("Content-Disposition", ContentDisposition.attachment(fileName))
        .build();
  }

  private static Imported imported(ImportedVersion imported) {
    Plan plan = imported.plan();
    return new Imported(
        plan.id(),
        plan.title(),
        plan.allGoals().size(),
        plan.allIndicators().size(),
        imported.version().number(),
        imported.version().inForceFrom(),
        imported.created());
  }
}
