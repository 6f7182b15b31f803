package org.barometer.survey.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.application.template.CatalogLoad;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The questionnaire templates of the surveys folder, and the files that were refused. */
@Path("/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
@Allowed({Role.ANALYST})
public class TemplateResource {

  @Inject TemplateLibrary library;

  /** Templates loaded and files refused. */
  public record Templates(List<TemplateView> templates, List<String> refused) {

    static Templates of(CatalogLoad load) {
      return new Templates(
          load.catalog().all().stream()
              .map(
                  t ->
                      new TemplateView(
                          t.template().code(),
                          t.template().version(),
                          t.template().title().en(),
                          t.fileName(),
                          t.template().questions().size()))
              .toList(),
          load.problems().stream().map(Exception::getMessage).toList());
    }
  }

  /** One template version. */
  public record TemplateView(String code, int version, String title, String file, int questions) {}

  @GET
  @Operation(summary = "Loaded templates and refused files")
  public Templates templates() {
    return Templates.of(library.catalog());
  }

  @POST
  @Path("/reload")
  @Operation(summary = "Read the surveys folder again")
  public Templates reload() {
    return Templates.of(library.reload());
  }
}
