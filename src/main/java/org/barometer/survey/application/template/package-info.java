/**
 * Reading questionnaire templates, the YAML files staff write in {@code surveys/}: {@link
 * org.barometer.survey.application.template.TemplateParser} reads one file, refusing anything
 * doubtful with a {@link org.barometer.survey.application.template.TemplateException} that names
 * the file, line, column and path; {@link org.barometer.survey.application.template.CatalogLoader}
 * reads a folder file by file into a {@link
 * org.barometer.survey.application.template.TemplateCatalog} of every code and version.
 *
 * <p>The application layer, where the files people exchange are read. A broken file is left out
 * with its problem and the others stay usable, so one typo does not take every survey offline. Each
 * template keeps the exact text it came from ({@link
 * org.barometer.survey.application.template.LoadedTemplate}), which a cycle freezes. The strict
 * YAML reading is shared with plan files in {@link org.barometer.platform.yaml}.
 */
package org.barometer.survey.application.template;
