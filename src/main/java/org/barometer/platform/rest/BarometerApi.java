package org.barometer.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Its document is served at {@code /openapi} and browsable at
 * {@code /openapi/ui}. Staff authenticate with HTTP Basic; a respondent's submission needs only the
 * personal token.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Barometer API",
            version = "1",
            description =
                "Business-climate surveys, their cycles, invitations and anonymous responses."
                    + " Errors are JSON objects with a message, the field concerned and, for"
                    + " files, the bad rows."),
    security = @SecurityRequirement(name = "staff"))
@SecurityScheme(
    securitySchemeName = "staff",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "A staff user of the server's registry; each endpoint names the roles it needs.")
public class BarometerApi extends Application {}
