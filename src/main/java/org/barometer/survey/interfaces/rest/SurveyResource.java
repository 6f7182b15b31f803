package org.barometer.survey.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.survey.application.NewCycle;
import org.barometer.survey.application.NewSurvey;
import org.barometer.survey.application.SurveyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Surveys and the cycles they have. */
@Path("/surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@Allowed({Role.VIEWER})
public class SurveyResource {

  @Inject SurveyService surveys;

  @GET
  @Operation(summary = "All surveys")
  public List<SurveyView> surveys() {
    return surveys.surveys().stream().map(SurveyView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(summary = "Create a survey on a questionnaire template")
  public Response create(@NotNull(message = "a JSON body is required") @Valid NewSurvey request) {
    var survey = surveys.createSurvey(request);
    return Response.created(URI.create("/api/surveys/" + survey.code()))
        .entity(SurveyView.of(survey))
        .build();
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "One survey")
  public SurveyView survey(@PathParam("code") String code) {
    return SurveyView.of(surveys.survey(code));
  }

  @GET
  @Path("/{code}/cycles")
  @Operation(summary = "A survey's cycles, oldest first")
  public List<CycleView> cycles(@PathParam("code") String code) {
    return surveys.cycles(code).stream().map(c -> CycleView.of(c, null)).toList();
  }

  @POST
  @Path("/{code}/cycles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Create a draft cycle",
      description = "The cycle freezes the latest version of the survey's template.")
  public Response createCycle(
      @PathParam("code") String code,
      @NotNull(message = "a JSON body is required") @Valid NewCycle request) {
    var cycle = surveys.createCycle(code, request);
    return Response.created(URI.create("/api/cycles/" + cycle.id()))
        .entity(CycleView.of(cycle, null))
        .build();
  }
}
