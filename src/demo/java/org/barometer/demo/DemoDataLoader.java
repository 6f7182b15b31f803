package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.barometer.survey.application.AnswerExchange;
import org.barometer.survey.application.AnsweringService;
import org.barometer.survey.application.CycleProgress;
import org.barometer.survey.application.InvitationService;
import org.barometer.survey.application.NewCycle;
import org.barometer.survey.application.NewSurvey;
import org.barometer.survey.application.PersonalLink;
import org.barometer.survey.application.PersonalLinks;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.response.RawAnswers;
import org.barometer.survey.domain.template.Question;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty Barometer with a demonstration municipality when the server runs with {@code
 * barometer.demo=true} (the {@code demo} Maven profile), so that the quick start shows a survey
 * with history and a cycle in progress instead of empty pages.
 *
 * <p>Everything goes through the application services, exactly as staff and respondents would do it
 * (create the survey and cycles, import past answers, upload a register, answer from personal
 * links), so the demo exercises the real rules and never writes a table the application does not
 * know about. It loads:
 *
 * <ul>
 *   <li>the business-climate survey with three closed cycles, 2019, 2022 and 2025, imported from
 *       CSV as cycles run in another tool are, each with its business population per stratum;
 *   <li>an open cycle 2026 with about sixty businesses invited from a register, a third of whom
 *       have answered.
 * </ul>
 *
 * <p>The embedded database survives restarts, so the loader does nothing once the demo survey
 * exists. No e-mail is sent: the links are only issued. It is started by {@link DemoStartup}, not
 * by observing {@code @Initialized(ApplicationScoped.class)}: Liberty fires that event before the
 * servlet context listeners, so before {@code DatabaseMigration} has created the tables.
 *
 * <p>This class is compiled only by the {@code demo} profile ({@code src/demo/java}); the
 * production WAR does not contain it.
 */
@ApplicationScoped
public class DemoDataLoader {

  static final String SURVEY = "business-climate";
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  /**
   * A past cycle: its label, how many answered, when it ran, and the seed of its answers. Each seed
   * was picked (out of the first few hundred) so that the sampled means land within a few
   * hundredths of the model's intended ones: with a few hundred answers, sampling noise alone can
   * hide or double a change of a third of a point, and the demo should show the trend it was built
   * to show. A change to the model in {@link SyntheticAnswers} needs the seeds picked again.
   */
  private record PastCycle(
      String label, int answers, LocalDate opensOn, LocalDate closesOn, long seed) {}

  private static final List<PastCycle> PAST =
      List.of(
          new PastCycle("2019", 180, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 4, 5), 2059),
          new PastCycle("2022", 240, LocalDate.of(2022, 3, 7), LocalDate.of(2022, 4, 8), 3056),
          new PastCycle("2025", 300, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 4), 4103));

  private static final String OPEN_LABEL = "2026";
  private static final int INVITED = 60;
  private static final int ANSWERED = 20;

  /** Fixed, so the open cycle is the same on every machine and every fresh start. */
  private static final long SEED = 20260301L;

  private static final String LOGINS =
      "admin/admin-demo, analyst/analyst-demo, organiser/organiser-demo, viewer/viewer-demo";

  @Inject
  @ConfigProperty(name = "barometer.demo", defaultValue = "false")
  boolean enabled;

  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject AnswerExchange answerExchange;
  @Inject AnsweringService answering;
  @Inject TemplateLibrary templates;
  @Inject DemoStatistics statistics;
  @Inject DemoPlans demoPlans;
  @Inject DemoMeetings demoMeetings;
  @Inject DemoServiceSurvey serviceSurvey;
  @Inject DemoActionPlans demoActionPlans;
  @Inject DemoPublication demoPublication;

  /**
   * Loads the demo unless it is switched off or already there. Called by {@link DemoStartup} once
   * the schema has been migrated.
   */
  void loadIfWanted() {
    if (!enabled) {
      return;
    }
    statistics.loadIfEmpty();
    demoPlans.loadIfEmpty();
    demoMeetings.loadIfEmpty();
    serviceSurvey.loadIfEmpty();
    demoActionPlans.loadIfEmpty();
    if (demoExists()) {
      demoPublication.publishIfNot();
      LOG.info(
          () ->
              "Demo data already loaded (survey '"
                  + SURVEY
                  + "'); nothing to do. Demo logins: "
                  + LOGINS);
      return;
    }
    try {
      load();
      demoPublication.publishIfNot();
    } catch (RuntimeException e) {
      // The steps commit one by one; what was loaded stays, and the next start skips the demo.
      LOG.log(
          Level.SEVERE,
          "Loading the demo data failed part way. Stop the server, delete the embedded database"
              + " folder (barometer.data.dir) and start again to load it afresh.",
          e);
    }
  }

  private boolean demoExists() {
    return surveys.surveys().stream().anyMatch(s -> s.code().equals(SURVEY));
  }

  private void load() {
    surveys.createSurvey(
        new NewSurvey(SURVEY, "Næringslivsundersøkelsen (demo)", "business-climate", null));
    List<String> counts = new ArrayList<>();
    for (int i = 0; i < PAST.size(); i++) {
      counts.add(PAST.get(i).label() + ": " + loadPast(PAST.get(i), i) + " answers");
    }
    String link = loadOpen(PAST.size());
    CycleProgress progress =
        surveys.cycles(SURVEY).stream()
            .filter(c -> c.label().equals(OPEN_LABEL))
            .map(c -> surveys.progress(c.id()))
            .findFirst()
            .orElseThrow();
    String summary = String.join(", ", counts);
    LOG.info(
        () ->
            "Demo data loaded: survey '"
                + SURVEY
                + "' with closed cycles "
                + summary
                + "; open cycle "
                + OPEN_LABEL
                + " with "
                + progress.invited()
                + " invited businesses, "
                + progress.answered()
                + " answered (no e-mail sent). Demo logins: "
                + LOGINS
                + ". Try answering as a business: "
                + link);
  }

  /** A past cycle as one run in another tool: a draft, its answers imported, then closed. */
  private int loadPast(PastCycle past, int index) {
    var answers = new SyntheticAnswers(past.seed()).respondents(index, past.answers());
    List<NewCycle.Stratum> strata = SyntheticAnswers.strata(answers, index);
    int population = strata.stream().mapToInt(NewCycle.Stratum::population).sum();
    SurveyCycle cycle =
        surveys.createCycle(
            SURVEY,
            new NewCycle(past.label(), past.opensOn(), past.closesOn(), population, strata));
    String csv = SyntheticAnswers.csv(questionCodes(cycle), answers);
    int imported =
        answerExchange.importAnswers(cycle.id(), "demo-answers-" + past.label() + ".csv", csv);
    surveys.close(cycle.id());
    return imported;
  }

  /**
   * The running cycle: the register invited, links issued (not mailed) and a third answered.
   * Returns a personal link that has not been used yet.
   */
  private String loadOpen(int index) {
    List<DemoRegister.Firm> firms = new DemoRegister(SEED).firms(INVITED);
    LocalDate today = LocalDate.now();
    SurveyCycle cycle =
        surveys.createCycle(
            SURVEY, new NewCycle(OPEN_LABEL, today.minusDays(14), today.plusDays(21), null, null));
    invitations.importRegister(cycle.id(), "demo-register.csv", DemoRegister.csv(firms));
    surveys.open(cycle.id());

    Map<String, DemoRegister.Firm> byNumber =
        firms.stream().collect(Collectors.toMap(DemoRegister.Firm::orgNumber, Function.identity()));
    List<PersonalLink> links = new ArrayList<>(invitations.issueLinks(cycle.id()));
    links.sort(Comparator.comparing(l -> l.business().orgNumber()));
    Collections.shuffle(links, new Random(SEED));
    SyntheticAnswers generator = new SyntheticAnswers(SEED + index);
    for (PersonalLink link : links.subList(0, ANSWERED)) {
      DemoRegister.Firm firm = byNumber.get(link.business().orgNumber());
      answering.submit(
          token(link.link()),
          RawAnswers.of(generator.respondent(index, firm.industry(), firm.sizeClass())));
    }
    return links.get(ANSWERED).link();
  }

  private static String token(String link) {
    return link.substring(link.lastIndexOf(PersonalLinks.PATH) + PersonalLinks.PATH.length());
  }

  private List<String> questionCodes(SurveyCycle cycle) {
    return templates.of(cycle).questions().stream().map(Question::code).toList();
  }
}
