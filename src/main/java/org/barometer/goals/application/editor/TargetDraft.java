package org.barometer.goals.application.editor;

import java.io.Serializable;

/**
 * An indicator's target rule and its parameters as the editor holds them. {@code value} is the
 * rule's one number: the threshold, the percent a year, or the tolerance.
 */
public class TargetDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String rule = "THRESHOLD";
  private String value = "";
  private String top = "";
  private boolean betterThanBaseline;
  private String basis = "LEVEL";
  private String against = "group_mean";
  private String againstCode = "";
  private String againstName = "";
  private String againstRegions = "";
  private final SeriesDraft againstSeries = new SeriesDraft();
  private String note = "";

  /** THRESHOLD, GROWTH_PER_YEAR, IMPROVE_EVERY_PERIOD, STABLE_OR_IMPROVE, OUTPERFORM … */
  public String getRule() {
    return rule;
  }

  public void setRule(String rule) {
    this.rule = Drafts.text(rule);
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = Drafts.text(value);
  }

  /** A rank target's top N; empty for none. */
  public String getTop() {
    return top;
  }

  public void setTop(String top) {
    this.top = Drafts.text(top);
  }

  public boolean isBetterThanBaseline() {
    return betterThanBaseline;
  }

  public void setBetterThanBaseline(boolean betterThanBaseline) {
    this.betterThanBaseline = betterThanBaseline;
  }

  /** What an outperform target compares: LEVEL, GROWTH or GAP_IMPROVES. */
  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = Drafts.text(basis);
  }

  /** What it is compared with: group_mean, each_of or other_series, as a plan file says. */
  public String getAgainst() {
    return against;
  }

  public void setAgainst(String against) {
    this.against = Drafts.text(against);
  }

  /** A group mean's group code, or another series' key. */
  public String getAgainstCode() {
    return againstCode;
  }

  public void setAgainstCode(String againstCode) {
    this.againstCode = Drafts.text(againstCode);
  }

  /** The comparison's name for people ("ASSS"). */
  public String getAgainstName() {
    return againstName;
  }

  public void setAgainstName(String againstName) {
    this.againstName = Drafts.text(againstName);
  }

  /** A group's members or the regions of "each of", separated by commas. */
  public String getAgainstRegions() {
    return againstRegions;
  }

  public void setAgainstRegions(String againstRegions) {
    this.againstRegions = Drafts.text(againstRegions);
  }

  public SeriesDraft getAgainstSeries() {
    return againstSeries;
  }

  /** A "not yet set" target's note. */
  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = Drafts.text(note);
  }
}
