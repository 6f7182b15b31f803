/**
 * Surveys of the municipality's businesses and what they collect: a {@link
 * org.barometer.survey.domain.Survey} held in rounds ({@link
 * org.barometer.survey.domain.SurveyCycle}, draft, open, closed for good), the {@link
 * org.barometer.survey.domain.Invitation}s of the business register with their personal links, and
 * the anonymous {@link org.barometer.survey.domain.Response}s with their answers.
 *
 * <p>The domain layer: entities and value objects with their rules, mapped with JPA annotations and
 * named queries, and the repository interfaces whose JPA implementations are in infrastructure. Two
 * rules shape it. A cycle keeps the exact text of its questionnaire ({@link
 * org.barometer.survey.domain.FrozenTemplate}), so editing a template file never changes what a
 * cycle asked. A response is anonymous by construction: nothing in it leads back to the invitation
 * or the business, and only the hash of a personal link's token is stored ({@link
 * org.barometer.survey.domain.InvitationToken}). Questionnaires are in {@code template}, answer
 * checking in {@code response}, the business register in {@code register}.
 */
package org.barometer.survey.domain;
