/**
 * A questionnaire as staff wrote it in a template file: a {@link
 * org.barometer.survey.domain.template.QuestionnaireTemplate} of sections and {@link
 * org.barometer.survey.domain.template.Question}s, with scales, options, number ranges, conditions
 * for follow-up questions and {@link org.barometer.survey.domain.template.IndexDefinition}s of
 * 0–100 indices.
 *
 * <p>Plain value records in the domain layer, whose constructors refuse what statistics would
 * misread (options on a scale question, for instance). Cycles are compared only when they asked the
 * same questions, so a template is identified by code and version. Reading the files is in the
 * application's {@code template} package.
 */
package org.barometer.survey.domain.template;
