package org.barometer.goals.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an indicator's figures come from. The scorer does not fetch them (a service looks them up
 * and passes {@link Measurements}); the source says what to look up, where it is published and,
 * through {@link Schedule}, when.
 */
public sealed interface IndicatorSource
    permits IndicatorSource.SurveyItem,
        IndicatorSource.OfficialSeries,
        IndicatorSource.DerivedFigure,
        IndicatorSource.PublishedRanking,
        IndicatorSource.DialogueCount {

  /** A short description for people, e.g. {@code SSB 07459: population, 3907}. */
  Phrase describe();

  /**
   * An index or a question of the office's own survey, followed across its cycles. Survey figures
   * carry a margin of error, so their changes are tested (see {@link
   * org.barometer.analysis.domain.Comparison}).
   *
   * @param survey the code of the survey ({@code business-climate}): exactly that survey is read,
   *     never others on the same questionnaire template
   * @param item the index or question code in that survey's template
   */
  record SurveyItem(String survey, Item kind, String item) implements IndicatorSource {

    /** Whether the item is an index over several questions or one question. */
    public enum Item {
      INDEX,
      QUESTION
    }

    public SurveyItem {
      requireText(survey, "survey");
      Objects.requireNonNull(kind, "kind");
      requireText(item, "item");
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          kind == Item.INDEX ? "goals.source.surveyIndex" : "goals.source.surveyQuestion",
          survey,
          item);
    }
  }

  /**
   * One measure of an official statistics table for one region or region group.
   *
   * @param office {@code SSB}, {@code SCB}, {@code Kolada}, {@code KOSTRA} …
   * @param table the office's table id ({@code 07459}); empty when not yet known
   * @param measure the content code or label within the table
   * @param region a municipality number, a group code ({@code EKG11}, {@code ASSS}) or the country
   */
  record OfficialSeries(String office, Optional<String> table, String measure, String region)
      implements IndicatorSource {

    public OfficialSeries {
      requireText(office, "office");
      table = table == null ? Optional.empty() : table;
      requireText(measure, "measure");
      requireText(region, "region");
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          "goals.source.series", office + table.map(t -> " " + t).orElse(""), measure, region);
    }
  }

  /**
   * A figure computed from official series, as the plans define their goals: "growth of jobs minus
   * growth of population", "tax income per inhabitant as a share of the national value", "growth
   * compared with a group's average". The computation itself is {@link
   * org.barometer.statistics.domain.Derived}'s; this records which inputs and which formula.
   */
  record DerivedFigure(Formula formula, List<OfficialSeries> inputs) implements IndicatorSource {

    /** The derived figures the plans use; each names its inputs in order. */
    public enum Formula {
      /** Growth % of the first input minus growth % of the second (jobs minus population). */
      GROWTH_DIFFERENCE(2),
      /** First input per inhabitant (second) as a % of the same for the nation (third, fourth). */
      PER_INHABITANT_SHARE_OF_NATIONAL(4),
      /** First input as a % of the second (already per inhabitant). */
      SHARE_OF_NATIONAL(2),
      /** Growth % of the first input minus the mean growth % of a group (second, the group). */
      GROWTH_VERSUS_GROUP(2);

      private final int inputs;

      Formula(int inputs) {
        this.inputs = inputs;
      }

      public int inputs() {
        return inputs;
      }
    }

    public DerivedFigure {
      Objects.requireNonNull(formula, "formula");
      inputs = List.copyOf(inputs);
      if (inputs.size() != formula.inputs()) {
        throw new IllegalArgumentException(
            formula + " needs " + formula.inputs() + " inputs, was given " + inputs.size());
      }
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          "goals.source.derived",
          Phrase.of("goals.formula." + formula.name()),
          inputs.stream().map(OfficialSeries::describe).toList());
    }
  }

  /**
   * A published ranking, entered by hand or imported with its source and date (each {@link
   * Measurement} carries those): NHO's Kommune-NM, Svenskt Näringsliv's local business climate.
   * Rank 1 is best.
   *
   * @param publisher {@code NHO}, {@code Svenskt Näringsliv}
   * @param ranking the ranking's name ({@code Kommune-NM})
   * @param category a category within it ({@code demography}); empty for the overall rank
   * @param within the set ranked among ({@code KOSTRA group 11}); empty for the whole country
   */
  record PublishedRanking(
      String publisher, String ranking, Optional<String> category, Optional<String> within)
      implements IndicatorSource {

    public PublishedRanking {
      requireText(publisher, "publisher");
      requireText(ranking, "ranking");
      category = category == null ? Optional.empty() : category;
      within = within == null ? Optional.empty() : within;
    }

    @Override
    public Phrase describe() {
      String name = publisher + " " + ranking + category.map(c -> ", " + c).orElse("");
      return within.isPresent()
          ? Phrase.of("goals.source.rankingWithin", name, within.get())
          : Phrase.of("goals.source.ranking", name);
    }
  }

  /**
   * The dialogue with businesses counted from Barometer's own records of its meetings, by calendar
   * year: Stenungsund's "a round-table talk every year", or how many businesses took part. A year's
   * figure is known the day after the year ends; a year without meetings counts 0.
   *
   * @param forum the name of one forum whose meetings are counted; empty for every forum
   */
  record DialogueCount(Measure measure, Optional<String> forum) implements IndicatorSource {

    /** What is counted. */
    public enum Measure {
      /** Meetings held (not cancelled, and over) in the year. */
      MEETINGS_HELD,
      /**
       * Businesses taking part: distinct organisation numbers of those marked as attended at the
       * year's meetings, businesses only (not politicians, public bodies or organisations).
       */
      BUSINESSES_TAKING_PART
    }

    public DialogueCount {
      Objects.requireNonNull(measure, "measure");
      forum = forum == null ? Optional.empty() : forum;
    }

    @Override
    public Phrase describe() {
      Phrase what = Phrase.of("goals.dialogue." + measure.name());
      return forum.isPresent()
          ? Phrase.of("goals.source.dialogueForum", what, forum.get())
          : Phrase.of("goals.source.dialogue", what);
    }
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("The " + what + " must not be blank");
    }
  }
}
