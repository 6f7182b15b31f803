package org.barometer.analysis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.analysis.application.CycleResults;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemResult;
import org.barometer.analysis.application.ResultsService;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.domain.SurveyCycle;

/**
 * The results of one cycle, for planners and officials: indices first (what the plan's goals are
 * measured by), then the priority matrix, then every question with its breakdowns.
 */
@Named
@RequestScoped
public class ResultsPage {

  @Inject ResultsService service;
  @Inject SurveyService surveys;
  @Inject TemplateLibrary templates;
  @Inject LanguageChoice language;

  private Long id;
  private CycleResults results;
  private ResultViews views;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The cycle: the view parameter, or on a post the publication form's hidden id. */
  private Long cycle() {
    return id != null ? id : PublicationPanel.postedCycle();
  }

  public CycleResults getResults() {
    if (results == null) {
      // on a post (publishing, PublicationPanel) the page is read before its view parameter is
      // applied: the form's hidden id says which cycle
      results = service.results(cycle());
    }
    return results;
  }

  public List<ItemView> getIndices() {
    return getResults().items().stream()
        .filter(i -> i.kind() == ItemKind.INDEX)
        .map(views()::item)
        .toList();
  }

  public List<ItemView> getQuestions() {
    return getResults().items().stream()
        .filter(i -> i.kind() != ItemKind.INDEX && !i.background())
        .map(views()::item)
        .toList();
  }

  public List<ItemView> getBackground() {
    return getResults().items().stream().filter(ItemResult::background).map(views()::item).toList();
  }

  public List<PriorityView> getPriorities() {
    return getResults().priorities().stream().map(views()::priority).toList();
  }

  /** The survey's other cycles, to compare this one with. */
  public List<SurveyCycle> getOtherCycles() {
    return surveys.cycles(getResults().surveyCode()).stream()
        .filter(c -> !c.id().equals(cycle()))
        .toList();
  }

  public String getResponseRate() {
    return new Numbers(language.getLocale()).percent(getResults().responseRate());
  }

  private ResultViews views() {
    if (views == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      views =
          new ResultViews(
              cycle(),
              getResults().surveyCode(),
              templates.of(surveys.cycle(cycle())),
              language.getLanguage(),
              ResourceBundle.getBundle("org.barometer.messages", language.getLocale()),
              faces.getExternalContext().getRequestContextPath());
    }
    return views;
  }
}
