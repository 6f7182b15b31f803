package org.barometer.survey.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Public;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.survey.application.AnsweringService;
import org.barometer.survey.application.Questionnaire;
import org.barometer.survey.domain.response.AnswerCheck;
import org.barometer.survey.domain.response.AnswerProblem;
import org.barometer.survey.domain.response.RawAnswers;
import org.barometer.survey.domain.response.ShownQuestions;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.barometer.survey.domain.template.Section;

/**
 * The questionnaire a business answers from its personal link, one part at a time.
 *
 * <p>Every step forward saves a draft, so the same link opens where the respondent left off; "save
 * and continue later" does the same on demand. Problems are shown beside the question in the
 * respondent's language. The page ends on one of four outcomes, each a friendly page of its own:
 * thanks, already answered, closed, or a link we do not know.
 */
@Public
@Named
@ViewScoped
public class AnswerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the visit ended; {@code null} while answering. */
  public enum Outcome {
    THANKS,
    ALREADY_ANSWERED,
    CLOSED,
    UNKNOWN_LINK
  }

  @Inject AnsweringService answering;
  @Inject LanguageChoice language;

  private String token;
  private transient Questionnaire questionnaire;
  private final Map<String, String> single = new HashMap<>();
  private final Map<String, List<String>> multiple = new HashMap<>();
  private final Map<String, String> problems = new HashMap<>();
  private int section;
  private Outcome outcome;
  private boolean saved;

  /** Opens the questionnaire of the link, with the answers saved before. */
  public void load() {
    if (questionnaire != null || outcome != null) {
      return;
    }
    try {
      questionnaire = answering.open(token);
    } catch (NotFoundException unknown) {
      outcome = Outcome.UNKNOWN_LINK;
      return;
    }
    switch (questionnaire.state()) {
      case ANSWERED -> outcome = Outcome.ALREADY_ANSWERED;
      case CLOSED -> outcome = Outcome.CLOSED;
      case OPEN -> restore(questionnaire.saved());
    }
  }

  public void next() {
    if (checkCurrentSection()) {
      save();
      section = nextSectionWithQuestions(section, +1);
    }
  }

  public void back() {
    save();
    section = nextSectionWithQuestions(section, -1);
  }

  public void saveForLater() {
    save();
    saved = true;
  }

  public void submit() {
    RawAnswers answers = answers();
    List<AnswerProblem> found = AnswerCheck.check(template(), visible(answers), true);
    if (!found.isEmpty()) {
      show(found);
      section = sectionOf(found.get(0).questionCode());
      return;
    }
    try {
      answering.submit(token, answers);
      outcome = Outcome.THANKS;
    } catch (ConflictException e) {
      outcome =
          answering.open(token).state() == Questionnaire.State.ANSWERED
              ? Outcome.ALREADY_ANSWERED
              : Outcome.CLOSED;
    }
  }

  private void save() {
    saved = false;
    show(answering.saveDraft(token, answers()));
  }

  private boolean checkCurrentSection() {
    List<String> here = getCurrent().questions().stream().map(Question::code).toList();
    List<AnswerProblem> found =
        AnswerCheck.check(template(), visible(answers()), true).stream()
            .filter(p -> here.contains(p.questionCode()))
            .toList();
    show(found);
    return found.isEmpty();
  }

  private void show(List<AnswerProblem> found) {
    problems.clear();
    found.forEach(p -> problems.putIfAbsent(p.questionCode(), language.text(p.message())));
  }

  private int nextSectionWithQuestions(int from, int step) {
    RawAnswers answers = answers();
    for (int i = from + step; i >= 0 && i < getSections().size(); i += step) {
      if (getSections().get(i).questions().stream()
          .anyMatch(q -> ShownQuestions.isVisible(q, answers))) {
        return i;
      }
    }
    return from;
  }

  private int sectionOf(String questionCode) {
    return IntStream.range(0, getSections().size())
        .filter(
            i ->
                getSections().get(i).questions().stream()
                    .anyMatch(q -> q.code().equals(questionCode)))
        .findFirst()
        .orElse(section);
  }

  private RawAnswers answers() {
    Map<String, List<String>> all = new LinkedHashMap<>();
    single.forEach((code, value) -> all.put(code, value == null ? List.of() : List.of(value)));
    multiple.forEach((code, values) -> all.put(code, values == null ? List.of() : values));
    return RawAnswers.of(all);
  }

  private RawAnswers visible(RawAnswers answers) {
    return ShownQuestions.visibleAnswers(template(), answers);
  }

  private void restore(RawAnswers saved) {
    for (Question q : template().questions()) {
      List<String> values = saved.get(q.code());
      if (q.type() == QuestionType.MULTIPLE) {
        multiple.put(q.code(), new ArrayList<>(values));
      } else if (!values.isEmpty()) {
        single.put(q.code(), values.get(0));
      }
    }
  }

  private Questionnaire questionnaire() {
    if (questionnaire == null) {
      questionnaire = answering.open(token);
    }
    return questionnaire;
  }

  private QuestionnaireTemplate template() {
    return questionnaire().template();
  }

  // --- for the page ---

  public boolean isVisible(Question question) {
    return ShownQuestions.isVisible(question, visible(answers()));
  }

  /** A scale's values, 1 to k, and "don't know" last where the scale offers it. */
  public List<String> scaleValues(Question question) {
    List<String> values =
        new ArrayList<>(
            IntStream.rangeClosed(1, question.scale().points()).mapToObj(String::valueOf).toList());
    if (question.scale().dontKnow()) {
      values.add(RawAnswers.DONT_KNOW);
    }
    return values;
  }

  public String problem(Question question) {
    return problems.get(question.code());
  }

  public boolean isHasProblems() {
    return !problems.isEmpty();
  }

  public List<Section> getSections() {
    return template().sections();
  }

  public Section getCurrent() {
    return getSections().get(section);
  }

  public int getSectionNumber() {
    return section + 1;
  }

  public boolean isLastSection() {
    return nextSectionWithQuestions(section, +1) == section;
  }

  public boolean isFirstSection() {
    return nextSectionWithQuestions(section, -1) == section;
  }

  public int getPercent() {
    return (int) Math.round(100.0 * section / getSections().size());
  }

  public String getTitle() {
    return questionnaire().surveyName() + " " + questionnaire().cycleLabel();
  }

  public Questionnaire getQuestionnaire() {
    return questionnaire();
  }

  public Map<String, String> getSingle() {
    return single;
  }

  public Map<String, List<String>> getMultiple() {
    return multiple;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public boolean isSaved() {
    return saved;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
