package org.barometer.goals.application.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.barometer.goals.application.RankBook;
import org.barometer.goals.application.RankEntry;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.platform.i18n.Language;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.TableEntry;
import org.barometer.statistics.domain.RegionGroup;
import org.barometer.statistics.domain.RegionGroupDirectory;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * What an indicator's source may be picked from: the surveys Barometer runs with their indices and
 * scale questions, the statistics tables it imported with their measures and regions, the region
 * groups, and the rankings staff entered. Picking, not typing, is what keeps a plan from naming a
 * table or question that does not exist.
 */
@ApplicationScoped
public class SourceCatalogue {

  private SurveyService surveys;
  private TemplateLibrary templates;
  private StatisticsCatalogue statistics;
  private RegionGroupDirectory groups;
  private RankBook ranks;

  protected SourceCatalogue() {}

  @Inject
  public SourceCatalogue(
      SurveyService surveys,
      TemplateLibrary templates,
      StatisticsCatalogue statistics,
      RegionGroupDirectory groups,
      RankBook ranks) {
    this.surveys = surveys;
    this.templates = templates;
    this.statistics = statistics;
    this.groups = groups;
    this.ranks = ranks;
  }

  /** The surveys, by code. */
  public List<Choice> surveys() {
    return surveys.surveys().stream()
        .map(s -> new Choice(s.code(), s.name() + " (" + s.code() + ")"))
        .toList();
  }

  /**
   * A survey's indices, then its scale questions, as its newest cycle asks them (or, before its
   * first cycle, its template's latest version); empty for no such survey.
   */
  public List<Choice> items(String surveyCode, Language language) {
    Optional<QuestionnaireTemplate> template = template(surveyCode);
    if (template.isEmpty()) {
      return List.of();
    }
    List<Choice> out = new ArrayList<>();
    template.get().indices().stream()
        .map(
            i ->
                new Choice(
                    Drafts.item(IndicatorSource.SurveyItem.Item.INDEX, i.code()),
                    i.name().in(language) + " (" + i.code() + ")"))
        .forEach(out::add);
    template.get().questions().stream()
        .filter(q -> q.type() == QuestionType.SCALE && !q.isBackground())
        .map(
            q ->
                new Choice(
                    Drafts.item(IndicatorSource.SurveyItem.Item.QUESTION, q.code()),
                    q.code() + ": " + q.text().in(language)))
        .forEach(out::add);
    return out;
  }

  private Optional<QuestionnaireTemplate> template(String surveyCode) {
    Optional<Survey> survey =
        surveys.surveys().stream().filter(s -> s.code().equals(surveyCode)).findFirst();
    if (survey.isEmpty()) {
      return Optional.empty();
    }
    Optional<SurveyCycle> newest =
        surveys.cycles(surveyCode).stream().max(Comparator.comparing(SurveyCycle::id));
    if (newest.isPresent()) {
      return Optional.of(templates.of(newest.get()));
    }
    try {
      return Optional.of(templates.latest(survey.get().templateCode()).template());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The offices whose tables Barometer holds. */
  public List<Choice> offices() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    statistics.tables().forEach(t -> out.add(t.source()));
    return out.stream().map(o -> new Choice(o, o)).toList();
  }

  /** An office's tables. */
  public List<Choice> tables(String office) {
    return statistics.tables().stream()
        .filter(t -> t.source().equalsIgnoreCase(office))
        .map(
            t ->
                new Choice(
                    t.code(),
                    t.title().startsWith(t.code()) ? t.title() : t.code() + ": " + t.title()))
        .toList();
  }

  /** A table's measures that a plan can name (those without fixed categories). */
  public List<Choice> measures(String office, String table) {
    return table(office, table)
        .map(
            t ->
                statistics.series(t.id()).stream()
                    .filter(s -> s.variantKey().isEmpty())
                    .map(s -> new Choice(s.measureCode(), s.label()))
                    .toList())
        .orElse(List.of());
  }

  /**
   * The plan's own municipality by its code today (its figures are read across its earlier codes,
   * as a table from before a merger holds them), the regions a measure has figures for, then the
   * region groups.
   *
   * @param own the plan's municipality number; blank for none yet
   * @param ownName its name
   */
  public List<Choice> regions(
      String office, String table, String measure, String own, String ownName) {
    List<Choice> out = new ArrayList<>();
    if (own != null && !own.isBlank()) {
      out.add(new Choice(own.strip(), ownName + " (" + own.strip() + ")"));
    }
    Optional<SeriesEntry> series =
        table.isBlank() ? Optional.empty() : statistics.find(office, table, measure, "");
    series.ifPresent(
        s ->
            statistics
                .regions(s.id())
                .forEach(
                    r ->
                        out.add(
                            new Choice(
                                r.region().code(), r.label() + " (" + r.region().code() + ")"))));
    groups().forEach(out::add);
    return out;
  }

  /** The region groups: their code, name and members. */
  public List<Choice> groups() {
    return groups.all().stream()
        .filter(RegionGroup::hasMembers)
        .map(g -> new Choice(g.code(), g.name() + " (" + g.code() + ")"))
        .toList();
  }

  /** A group's members, as a plan's {@code members:} lists them; empty for no such group. */
  public List<String> members(String group) {
    return groups
        .group(group)
        .map(g -> g.members().stream().map(m -> m.code()).toList())
        .orElse(List.of());
  }

  /** The group's name, or the code for no such group. */
  public String groupName(String group) {
    return groups.group(group).map(RegionGroup::name).orElse(group);
  }

  /** The rankings entered for a municipality: each publisher, ranking, category and group once. */
  public List<RankEntry> rankings(String municipality) {
    List<RankEntry> out = new ArrayList<>();
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (RankEntry e : ranks.of(municipality)) {
      if (seen.add(e.publisher() + "|" + e.ranking() + "|" + e.category() + "|" + e.within())) {
        out.add(e);
      }
    }
    return out;
  }

  private Optional<TableEntry> table(String office, String table) {
    return statistics.tables().stream()
        .filter(t -> t.source().equalsIgnoreCase(office) && t.code().equals(table))
        .findFirst();
  }
}
