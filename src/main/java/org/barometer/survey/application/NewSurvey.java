package org.barometer.survey.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff give to create a survey. */
public record NewSurvey(
    @NotBlank(message = "is required")
        @Pattern(
            regexp = "[a-z0-9][a-z0-9-]{1,59}",
            message = "must be 2 to 60 lower-case letters, digits and hyphens")
        String code,
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,
    @NotBlank(message = "is required") String templateCode,
    @Min(value = 1, message = "must be at least 1")
        @Max(value = 100, message = "must be at most 100")
        Integer minGroupSize) {}
