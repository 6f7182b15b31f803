package org.barometer.report.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.platform.web.ContentDisposition;
import org.barometer.report.application.ReportService;
import org.barometer.report.domain.IssuedReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plan's yearly reports to the council: issued by analysts, read by every staff role, fetched
 * later exactly as issued.
 */
@Path("/plans/{planId}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Yearly reports")
@Allowed({Role.VIEWER})
public class ReportResource {

  static final String PDF = "application/pdf";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The day a report is as of and its language (nb, sv, en; empty for the municipality's). */
  public record IssueForm(LocalDate asOf, String language) {}

  /**
   * An issued report as lists show it.
   *
   * @param statuses every goal's ({@code g:id}) and indicator's ({@code i:id}) status as issued
   */
  public record ReportEntry(
      long id,
      String planId,
      String title,
      LocalDate asOf,
      int planVersion,
      String language,
      String issuedBy,
      Instant issuedAt,
      String pdf,
      String docx,
      Map<String, String> statuses) {

    static ReportEntry of(IssuedReport r) {
      String base = "/api/plans/" + r.planId() + "/reports/" + r.id();
      return new ReportEntry(
          r.id(),
          r.planId(),
          r.title(),
          r.asOf(),
          r.planVersion(),
          r.language(),
          r.issuedBy(),
          r.issuedAt(),
          base + ".pdf",
          base + ".docx",
          r.statuses().byKey());
    }
  }

  @Inject ReportService service;

  @GET
  @Operation(summary = "The plan's issued reports, the latest day first")
  public List<ReportEntry> reports(@PathParam("planId") String planId) {
    return service.reports(planId).stream().map(ReportEntry::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Issue the yearly report as of a day",
      description =
          "Scores the plan with what was published by asOf (the version in force that day),"
              + " writes the report as PDF and Word and keeps both as issued. language is nb, sv"
              + " or en, the municipality's when left out. 422 for a day after today.")
  public Response issue(
      @PathParam("planId") String planId,
      @NotNull(message = "a JSON body is required") IssueForm form,
      @Context SecurityContext security) {
    IssuedReport r =
        service.issue(
            planId,
            form.asOf(),
            Optional.ofNullable(form.language()),
            security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(ReportEntry.of(r)).build();
  }

  @GET
  @Path("/{id}.pdf")
  @Produces(PDF)
  @Operation(summary = "The report's PDF as issued")
  public Response pdf(@PathParam("planId") String planId, @PathParam("id") long id) {
    IssuedReport r = service.report(planId, id);
    return file(r.pdf(), PDF, r, ".pdf");
  }

  @GET
  @Path("/{id}.docx")
  @Produces(DOCX)
  @Operation(summary = "The report's Word document as issued")
  public Response docx(@PathParam("planId") String planId, @PathParam("id") long id) {
    IssuedReport r = service.report(planId, id);
    return file(r.docx(), DOCX, r, ".docx");
  }

  private static Response file(byte[] bytes, String type, IssuedReport r, String ending) {
    return Response.ok(bytes, type)
        .header("Content-Disposition", ContentDisposition.attachment(r.title() + ending))
        .build();
  }
}
