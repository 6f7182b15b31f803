/**
 * Plan files, the YAML or JSON in which a municipality writes its plan (format in {@code
 * docs/plan-files.md}): {@link org.barometer.goals.application.planfile.PlanFileReader} reads one
 * into a plan and {@link org.barometer.goals.application.planfile.PlanFileWriter} writes a plan
 * back so it reads the same.
 *
 * <p>A plan is written once and reviewed like a document, so a typo must stop the file loudly: a
 * bad file is refused with a {@link org.barometer.goals.application.planfile.PlanFileException}
 * naming the file, line, column and path. Files people exchange are read in the application layer;
 * the strict YAML reading they share is {@link org.barometer.platform.yaml}.
 */
package org.barometer.goals.application.planfile;
