package org.barometer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.error.Problem;
import org.barometer.shared.PersonalToken;
import org.barometer.survey.domain.Answer;
import org.barometer.survey.domain.Invitation;
import org.barometer.survey.domain.InvitationRepository;
import org.barometer.survey.domain.InvitationToken;
import org.barometer.survey.domain.Response;
import org.barometer.survey.domain.ResponseDraft;
import org.barometer.survey.domain.ResponseRepository;
import org.barometer.survey.domain.response.AnswerCheck;
import org.barometer.survey.domain.response.AnswerProblem;
import org.barometer.survey.domain.response.AnswerValue;
import org.barometer.survey.domain.response.AnswerValues;
import org.barometer.survey.domain.response.RawAnswers;
import org.barometer.survey.domain.response.ShownQuestions;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * A business answering from its personal link: open the questionnaire, save to finish later, submit
 * once.
 *
 * <p>A submission is one transaction: the anonymous response and its answers are stored, the
 * invitation is marked answered by a single conditional update (so two simultaneous submissions
 * cannot both pass) and the draft is deleted. Either all of that happens or none of it, and the
 * respondent is told it was received only after the commit.
 */
@ApplicationScoped
@Transactional
public class AnsweringService {

  @Inject InvitationRepository invitations;
  @Inject ResponseRepository responses;
  @Inject TemplateLibrary templates;
  @Inject DraftCodec drafts;

  /** Where a link leads: the questionnaire with any saved answers, or why it cannot be answered. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Questionnaire open(String token) {
    InvitationToken link = link(token);
    Invitation invitation = link.invitation();
    var cycle = invitation.cycle();
    QuestionnaireTemplate template = templates.of(cycle);
    RawAnswers saved =
        invitations.draft(link).map(d -> drafts.decode(d.answers())).orElse(RawAnswers.empty());
    Questionnaire.State state =
        invitation.answered()
            ? Questionnaire.State.ANSWERED
            : cycle.acceptsAnswers() ? Questionnaire.State.OPEN : Questionnaire.State.CLOSED;
    return new Questionnaire(
        state,
        cycle.survey().name(),
        cycle.label(),
        cycle.survey().minGroupSize(),
        template,
        saved);
  }

  /**
   * Keeps the answers given so far for later. Required questions may still be open; answers that
   * are invalid are reported and not kept.
   */
  public List<AnswerProblem> saveDraft(String token, RawAnswers answers) {
    InvitationToken link = answerable(token);
    QuestionnaireTemplate template = templates.of(link.invitation().cycle());
    RawAnswers visible = ShownQuestions.visibleAnswers(template, answers);
    List<AnswerProblem> problems = AnswerCheck.check(template, visible, false);
    String encoded = drafts.encode(withoutProblems(visible, problems));
    invitations
        .draft(link)
        .ifPresentOrElse(
            d -> d.replace(encoded, Instant.now()),
            () -> invitations.add(new ResponseDraft(link, encoded, Instant.now())));
    return problems;
  }

  /** Stores the answers as an anonymous response, once. */
  public void submit(String token, RawAnswers answers) {
    InvitationToken link = answerable(token);
    Invitation invitation = link.invitation();
    QuestionnaireTemplate template = templates.of(invitation.cycle());
    RawAnswers visible = ShownQuestions.visibleAnswers(template, answers);
    List<AnswerProblem> problems = AnswerCheck.check(template, visible, true);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "answers",
          problems.size() == 1
              ? "One answer needs attention"
              : problems.size() + " answers need attention",
          problems.stream()
              .map(p -> new Problem(0, p.questionCode(), null, p.message().en()))
              .toList());
    }
    responses.add(
        new Response(
            invitation.cycle().id(),
            Response.Source.WEB,
            AnswerValues.toValues(template, visible).stream()
                .map(AnsweringService::stored)
                .toList()));
    if (!invitations.markAnswered(link)) {
      throw new ConflictException("token", "This questionnaire has already been answered");
    }
    invitations.removeDrafts(invitation);
  }

  /** A stored response's answers as the template model's values. */
  static List<AnswerValue> values(Response response) {
    return response.answers().stream()
        .map(
            a ->
                new AnswerValue(
                    a.questionCode(), a.ordinal(), a.number(), a.choice(), a.text(), a.dontKnow()))
        .toList();
  }

  static Answer stored(AnswerValue value) {
    return new Answer(
        value.questionCode(),
        value.ordinal(),
        value.number(),
        value.choice(),
        value.text(),
        value.dontKnow());
  }

  private InvitationToken answerable(String token) {
    InvitationToken link = link(token);
    if (link.invitation().answered()) {
      throw new ConflictException("token", "This questionnaire has already been answered");
    }
    if (!link.invitation().cycle().acceptsAnswers()) {
      throw new ConflictException("token", "This survey is not open for answers");
    }
    return link;
  }

  private InvitationToken link(String token) {
    PersonalToken parsed;
    try {
      parsed = PersonalToken.of(token);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("This link is not valid");
    }
    return invitations
        .link(parsed)
        .orElseThrow(() -> new NotFoundException("This link is not valid"));
  }

  private static RawAnswers withoutProblems(RawAnswers answers, List<AnswerProblem> problems) {
    var kept = new LinkedHashMap<>(answers.asMap());
    problems.forEach(p -> kept.remove(p.questionCode()));
    return RawAnswers.of(kept);
  }
}
