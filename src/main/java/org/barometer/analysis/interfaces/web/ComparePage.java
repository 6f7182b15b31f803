package org.barometer.analysis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.analysis.application.CycleComparison;
import org.barometer.analysis.application.ItemComparison;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.domain.Comparison;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.platform.web.LanguageChoice;

/**
 * Two cycles side by side: each item's figure then and now, the change with its interval, and in
 * plain words whether the change is larger than chance would explain.
 */
@Named
@RequestScoped
public class ComparePage {

  /** One item's row; {@code verdict} is the name of a {@code Verdict}, or null without a test. */
  public record Row(
      String code,
      String text,
      String before,
      String after,
      String change,
      String interval,
      String p,
      String holm,
      String verdict,
      boolean stratified) {}

  @Inject ResultsService service;
  @Inject LanguageChoice language;

  private Long before;
  private Long after;
  private CycleComparison comparison;

  public Long getBefore() {
    return before;
  }

  public void setBefore(Long before) {
    this.before = before;
  }

  public Long getAfter() {
    return after;
  }

  public void setAfter(Long after) {
    this.after = after;
  }

  public CycleComparison getComparison() {
    if (comparison == null) {
      comparison = service.compare(before, after);
    }
    return comparison;
  }

  /** How many changes the page tests at once (the items with a test). */
  public long getTests() {
    return getComparison().items().stream().filter(i -> i.test().pValue().isPresent()).count();
  }

  /** "The table tests 12 changes at once …". */
  public String getMultipleTests() {
    return MessageFormat.format(
        ResourceBundle.getBundle("org.barometer.messages", language.getLocale())
            .getString("results.multipleTests"),
        getTests());
  }

  public List<Row> getRows() {
    Numbers numbers = new Numbers(language.getLocale());
    return getComparison().items().stream().map(item -> row(item, numbers)).toList();
  }

  private Row row(ItemComparison item, Numbers numbers) {
    int decimals = Numbers.decimalsFor(item.kind() == ItemKind.INDEX);
    // the test whose verdict is shown, as the API's holmPValue: stratified where it could be done
    Comparison test = item.test();
    boolean stratified = item.stratified().filter(Comparison::tested).isPresent();
    String then =
        stratified
            ? numbers.decimal(
                item.stratifiedBefore().map(StratifiedEstimate::mean).orElseThrow(), decimals)
            : numbers.decimal(item.before().summary().mean(), decimals);
    String now =
        stratified
            ? numbers.decimal(
                item.stratifiedAfter().map(StratifiedEstimate::mean).orElseThrow(), decimals)
            : numbers.decimal(item.after().summary().mean(), decimals);
    String change =
        test.difference().isPresent()
            ? (test.difference().getAsDouble() > 0 ? "+" : "")
                + numbers.decimal(test.difference().getAsDouble(), decimals)
            : Numbers.NONE;
    return new Row(
        item.code(),
        item.text().in(language.getLanguage()),
        then,
        now,
        change,
        numbers.interval(test.interval(), decimals),
        test.pValue().isPresent() ? numbers.pValue(test.pValue().getAsDouble()) : Numbers.NONE,
        item.holmPValue().isPresent()
            ? numbers.pValue(item.holmPValue().getAsDouble())
            : Numbers.NONE,
        item.verdict().map(Enum::name).orElse(null),
        stratified);
  }
}
