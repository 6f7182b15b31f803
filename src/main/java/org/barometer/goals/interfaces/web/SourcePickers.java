package org.barometer.goals.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.barometer.goals.application.RankEntry;
import org.barometer.goals.application.editor.Choice;
import org.barometer.goals.application.editor.SourceCatalogue;
import org.barometer.goals.application.editor.SourceDraft;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.platform.web.LanguageChoice;

/**
 * The plan editor's pickers: what an indicator's source may be picked from, each list read once per
 * request however many indicators show it.
 */
@Named
@RequestScoped
public class SourcePickers {

  @Inject SourceCatalogue catalogue;
  @Inject LanguageChoice language;

  private final Map<String, List<Choice>> read = new HashMap<>();

  public List<Choice> surveys() {
    return once("surveys", () -> catalogue.surveys());
  }

  public List<Choice> items(String survey) {
    return once(
        "items|" + survey,
        () -> survey == null ? List.of() : catalogue.items(survey, language.getLanguage()));
  }

  public List<Choice> offices() {
    return once("offices", () -> catalogue.offices());
  }

  public List<Choice> tables(String office) {
    return once("tables|" + office, () -> catalogue.tables(office));
  }

  public List<Choice> measures(String office, String table) {
    return once("measures|" + office + "|" + table, () -> catalogue.measures(office, table));
  }

  /** The regions of a measure, the plan's own municipality first. */
  public List<Choice> regions(
      String office, String table, String measure, String own, String ownName) {
    return once(
        "regions|" + office + "|" + table + "|" + measure + "|" + own,
        () -> catalogue.regions(office, table, measure, own, ownName));
  }

  public List<Choice> groups() {
    return once("groups", () -> catalogue.groups());
  }

  /** The rankings entered for the municipality, valued as {@link SourceDraft#getRankingKey}. */
  public List<Choice> rankings(String municipality) {
    return once(
        "rankings|" + municipality,
        () ->
            catalogue.rankings(municipality).stream()
                .map(
                    (RankEntry e) ->
                        new Choice(
                            SourceDraft.rankingKey(
                                e.publisher(), e.ranking(), e.category(), e.within()),
                            e.publisher()
                                + " "
                                + e.ranking()
                                + (blank(e.category()) ? "" : ", " + e.category())
                                + (blank(e.within()) ? "" : " (" + e.within() + ")")))
                .toList());
  }

  /** The choices of the form's fixed lists, by the names a plan file writes. */
  public List<SourceDraft.Kind> getKinds() {
    return List.of(SourceDraft.Kind.values());
  }

  public List<String> getRules() {
    return List.of(
        "THRESHOLD",
        "GROWTH_PER_YEAR",
        "IMPROVE_EVERY_PERIOD",
        "STABLE_OR_IMPROVE",
        "OUTPERFORM",
        "RANK",
        "NOT_YET_SET");
  }

  public List<String> getFormulas() {
    return java.util.Arrays.stream(IndicatorSource.DerivedFigure.Formula.values())
        .map(Enum::name)
        .toList();
  }

  public List<String> getCalendars() {
    return List.of("UNSCHEDULED", "KOSTRA", "ANNUAL", "SURVEY");
  }

  /**
   * The choices, with the current value first when it is not among them (a plan file may name a
   * table not imported yet): a picker never drops what the plan says.
   */
  public List<Choice> keep(List<Choice> choices, String current) {
    if (blank(current) || choices.stream().anyMatch(c -> c.value().equals(current))) {
      return choices;
    }
    List<Choice> out = new java.util.ArrayList<>();
    out.add(new Choice(current, current));
    out.addAll(choices);
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private List<Choice> once(String key, Supplier<List<Choice>> read) {
    return this.read.computeIfAbsent(key, k -> read.get());
  }
}
