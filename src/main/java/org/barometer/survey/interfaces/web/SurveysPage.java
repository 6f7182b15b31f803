package org.barometer.survey.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.barometer.goals.application.SurveyCalendar;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;
import org.barometer.survey.application.CycleProgress;
import org.barometer.survey.application.NewCycle;
import org.barometer.survey.application.NewSurvey;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.application.template.LoadedTemplate;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;

/**
 * The staff's overview: every survey with its cycles and their response rates, and (for analysts)
 * forms to start a survey or a cycle and to reload the questionnaire templates.
 */
@Named
@ViewScoped
public class SurveysPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SurveyService surveys;
  @Inject TemplateLibrary templates;
  @Inject SurveyCalendar calendar;
  @Inject Clock clock;
  @Inject LanguageChoice language;

  private String code;
  private String name;
  private String templateCode = "business-climate";
  private Integer minGroupSize = Survey.DEFAULT_MIN_GROUP_SIZE;
  private String cycleSurvey;
  private String cycleLabel;
  private Integer cyclePopulation;

  /** A cycle with its progress, for the overview's table. */
  public record CycleRow(SurveyCycle cycle, CycleProgress progress) {}

  public List<Survey> getSurveys() {
    return surveys.surveys();
  }

  public List<CycleRow> cycles(Survey survey) {
    return surveys.cycles(survey.code()).stream()
        .map(c -> new CycleRow(c, surveys.progress(c.id())))
        .toList();
  }

  /** The cycles each plan's survey calendar expects of the survey, and where they stand today. */
  public List<SurveyCalendar.PlanCalendar> calendars(Survey survey) {
    return calendar.of(survey.code(), LocalDate.now(clock));
  }

  /** The title of the survey's questionnaire template in the page's language, or its code. */
  public String templateTitle(Survey survey) {
    try {
      return language.text(templates.latest(survey.templateCode()).template().title());
    } catch (InvalidInputException noSuchTemplate) {
      return survey.templateCode();
    }
  }

  public List<LoadedTemplate> getTemplates() {
    return templates.catalog().catalog().all();
  }

  public List<String> getRefusedTemplates() {
    return templates.catalog().problems().stream().map(Exception::getMessage).toList();
  }

  @StaffAction(Role.ANALYST)
  public void createSurvey() {
    Messages.attempt(
        () -> surveys.createSurvey(new NewSurvey(code, name, templateCode, minGroupSize)),
        "Survey " + code + " created");
  }

  @StaffAction(Role.ANALYST)
  public void createCycle() {
    Messages.attempt(
        () ->
            surveys.createCycle(
                cycleSurvey, new NewCycle(cycleLabel, null, null, cyclePopulation, List.of())),
        "Cycle " + cycleLabel + " created");
  }

  @StaffAction(Role.ANALYST)
  public void reloadTemplates() {
    var load = templates.reload();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                load.hasProblems() ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO,
                load.catalog().all().size()
                    + " templates loaded, "
                    + load.problems().size()
                    + " refused",
                null));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTemplateCode() {
    return templateCode;
  }

  public void setTemplateCode(String templateCode) {
    this.templateCode = templateCode;
  }

  public Integer getMinGroupSize() {
    return minGroupSize;
  }

  public void setMinGroupSize(Integer minGroupSize) {
    this.minGroupSize = minGroupSize;
  }

  public String getCycleSurvey() {
    return cycleSurvey;
  }

  public void setCycleSurvey(String cycleSurvey) {
    this.cycleSurvey = cycleSurvey;
  }

  public String getCycleLabel() {
    return cycleLabel;
  }

  public void setCycleLabel(String cycleLabel) {
    this.cycleLabel = cycleLabel;
  }

  public Integer getCyclePopulation() {
    return cyclePopulation;
  }

  public void setCyclePopulation(Integer cyclePopulation) {
    this.cyclePopulation = cyclePopulation;
  }
}
