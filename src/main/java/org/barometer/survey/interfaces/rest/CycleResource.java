package org.barometer.survey.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.barometer.platform.rest.BodyLimit;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.platform.web.ContentDisposition;
import org.barometer.survey.application.AnswerExchange;
import org.barometer.survey.application.InvitationService;
import org.barometer.survey.application.MailingReport;
import org.barometer.survey.application.MailingService;
import org.barometer.survey.application.RegisterImport;
import org.barometer.survey.application.SurveyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One cycle: its progress, its life (open, close), its invitations and its answers. */
@Path("/cycles/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles")
@Allowed({Role.ANALYST})
public class CycleResource {

  /**
   * The largest register or answers file taken: 100,000 rows of a register (its limit in
   * characters) or of answers fit well within it.
   */
  static final int UPLOAD_MEGABYTES = 40;

  static final String CSV = "text/csv";

  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject MailingService mailings;
  @Inject AnswerExchange answers;

  @GET
  @Allowed({Role.VIEWER})
  @Operation(
      summary = "A cycle with invitations, answers and response rates, overall and per stratum")
  public CycleView cycle(@PathParam("id") long id) {
    return CycleView.of(surveys.cycle(id), surveys.progress(id));
  }

  @POST
  @Path("/open")
  @Operation(summary = "Open a draft cycle for answers")
  public CycleView open(@PathParam("id") long id) {
    return CycleView.of(surveys.open(id), surveys.progress(id));
  }

  @POST
  @Path("/close")
  @Operation(summary = "Close a cycle for good")
  public CycleView close(@PathParam("id") long id) {
    return CycleView.of(surveys.close(id), surveys.progress(id));
  }

  @POST
  @Path("/invitations")
  @Consumes({CSV, MediaType.TEXT_PLAIN})
  @BodyLimit(megabytes = UPLOAD_MEGABYTES)
  @Operation(
      summary = "Invite the business register",
      description =
          "CSV with the columns org_number, name, email, nace, employees (comma or semicolon,"
              + " UTF-8). A file with any bad row is refused whole; the error lists every bad"
              + " row with its field and value.")
  public RegisterImport invite(
      @PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, String csv) {
    return invitations.importRegister(id, fileName == null ? "register.csv" : fileName, csv);
  }

  @POST
  @Path("/invitations/send")
  @Operation(summary = "E-mail the invitation to every business not yet invited")
  public MailingReport sendInvitations(@PathParam("id") long id) {
    return mailings.sendInvitations(id);
  }

  @POST
  @Path("/reminders")
  @Operation(summary = "E-mail a reminder to every invited business that has not answered")
  public MailingReport sendReminders(@PathParam("id") long id) {
    return mailings.sendReminders(id);
  }

  @POST
  @Path("/links")
  @Produces(CSV)
  @Operation(
      summary = "New personal links for a mail merge",
      description = "One row per business that has not answered; earlier links keep working.")
  public Response links(@PathParam("id") long id) {
    return csv(invitations.issueLinksCsv(id), "links-" + id + ".csv");
  }

  @GET
  @Path("/answers")
  @Produces(CSV)
  @Operation(
      summary = "A closed cycle's anonymous answers, a row per response, a column per question",
      description =
          "Refused (409) while the cycle is not closed or has fewer responses than the survey's"
              + " minimum group. Free text is left out (see /answers/texts); background values"
              + " that fewer than the minimum share are merged into 'other', or the column is"
              + " left out, until every combination of the background columns has at least the"
              + " minimum of rows.")
  public Response exportAnswers(@PathParam("id") long id) {
    return csv(answers.export(id), "answers-" + id + ".csv");
  }

  @GET
  @Path("/answers/texts")
  @Produces(CSV)
  @Operation(
      summary = "A closed cycle's free-text answers, without background",
      description =
          "One row per text (question, answer), sorted by question and text, so that a text"
              + " cannot be matched to a row of the answer export. Refused as that export is.")
  public Response exportTexts(@PathParam("id") long id) {
    return csv(answers.exportTexts(id), "texts-" + id + ".csv");
  }

  @POST
  @Path("/answers")
  @Consumes({CSV, MediaType.TEXT_PLAIN})
  @BodyLimit(megabytes = UPLOAD_MEGABYTES)
  @Operation(
      summary = "Import answers of a cycle run elsewhere",
      description = "The same shape as the export, into a draft cycle; all rows or none.")
  public ImportedAnswers importAnswers(
      @PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, String csv) {
    return new ImportedAnswers(
        answers.importAnswers(id, fileName == null ? "answers.csv" : fileName, csv));
  }

  /** How many responses an import stored. */
  public record ImportedAnswers(int responses) {}

  private static Response csv(String body, String fileName) {
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", ContentDisposition.attachment(fileName))
        .build();
  }
}
