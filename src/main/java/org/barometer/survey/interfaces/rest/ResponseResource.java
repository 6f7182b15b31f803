package org.barometer.survey.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.barometer.platform.security.Public;
import org.barometer.survey.application.AnsweringService;
import org.barometer.survey.domain.response.RawAnswers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A respondent's submission by personal token. No login: the token is the authority, and it is sent
 * in the body so that it does not end up in access logs.
 */
@Path("/responses")
@RequestScoped
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responses")
@SecurityRequirements
public class ResponseResource {

  @Inject AnsweringService answering;

  /** The token of a personal link and the answers: question code to the values given. */
  public record Submission(
      @NotBlank(message = "is required") String token,
      @NotNull(message = "is required") Map<String, List<String>> answers) {}

  @POST
  @Operation(
      summary = "Submit a questionnaire, once",
      description =
          "Scale answers are \"1\"..\"k\" or \"dontknow\"; choices are option codes; numbers"
              + " are decimals; text is text. 201 when stored; 422 with one problem per question"
              + " when answers are missing or invalid; 409 when already answered or the cycle is"
              + " not open; 404 for an unknown token.")
  public Response submit(
      @NotNull(message = "a JSON body is required") @Valid Submission submission) {
    answering.submit(submission.token(), RawAnswers.of(submission.answers()));
    return Response.status(Response.Status.CREATED).entity(new Received(true)).build();
  }

  @POST
  @Path("/draft")
  @Operation(
      summary = "Save answers to finish later",
      description = "Required questions may be open; invalid answers are listed and not kept.")
  public DraftSaved saveDraft(
      @NotNull(message = "a JSON body is required") @Valid Submission submission) {
    var problems = answering.saveDraft(submission.token(), RawAnswers.of(submission.answers()));
    return new DraftSaved(
        problems.stream()
            .map(p -> new DraftSaved.Issue(p.questionCode(), p.message().en()))
            .toList());
  }

  /** A stored submission. */
  public record Received(boolean received) {}

  /** A saved draft and the answers that were not kept. */
  public record DraftSaved(List<Issue> problems) {

    /** One answer not kept, and why. */
    public record Issue(String question, String message) {}
  }
}
