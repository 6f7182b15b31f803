package org.barometer.goals.application.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an indicator's figures come from, as the editor holds it: the kind, and the fields of every
 * kind (only the chosen kind's are read, so switching kinds back and forth loses nothing).
 */
public class SourceDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of source, as a plan file names them. */
  public enum Kind {
    SURVEY,
    SERIES,
    DERIVED,
    RANKING,
    DIALOGUE
  }

  private Kind kind = Kind.SURVEY;
  private String survey = "";
  private String item = "";
  private final SeriesDraft series = new SeriesDraft();
  private String formula = "";
  private final ArrayList<SeriesDraft> inputs = new ArrayList<>();
  private String publisher = "";
  private String ranking = "";
  private String category = "";
  private String within = "";
  private String dialogueMeasure = "MEETINGS_HELD";
  private String forum = "";

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind == null ? Kind.SURVEY : kind;
  }

  /** The survey's code. */
  public String getSurvey() {
    return survey;
  }

  public void setSurvey(String survey) {
    this.survey = Drafts.text(survey);
  }

  /** The index or question: {@code index:code} or {@code question:code} ({@link Drafts#item}). */
  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = Drafts.text(item);
  }

  public SeriesDraft getSeries() {
    return series;
  }

  /** A derived figure's formula, by its name (GROWTH_DIFFERENCE …). */
  public String getFormula() {
    return formula;
  }

  /** Sets the formula and as many inputs as it takes, keeping those already picked. */
  public void setFormula(String formula) {
    this.formula = Drafts.text(formula);
    int wanted = Drafts.inputsOf(this.formula);
    while (inputs.size() < wanted) {
      inputs.add(new SeriesDraft());
    }
    while (wanted > 0 && inputs.size() > wanted) {
      inputs.remove(inputs.size() - 1);
    }
  }

  /** A derived figure's inputs, in the formula's order. */
  public List<SeriesDraft> getInputs() {
    return inputs;
  }

  public String getPublisher() {
    return publisher;
  }

  public void setPublisher(String publisher) {
    this.publisher = Drafts.text(publisher);
  }

  public String getRanking() {
    return ranking;
  }

  public void setRanking(String ranking) {
    this.ranking = Drafts.text(ranking);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = Drafts.text(category);
  }

  public String getWithin() {
    return within;
  }

  public void setWithin(String within) {
    this.within = Drafts.text(within);
  }

  /** The ranking as one picker's value: publisher, ranking, category and group. */
  public String getRankingKey() {
    return rankingKey(publisher, ranking, category, within);
  }

  /** Sets publisher, ranking, category and group from a picker's value; blank leaves them. */
  public void setRankingKey(String key) {
    String[] parts = Drafts.text(key).split("\\|", -1);
    if (parts.length == 4) {
      setPublisher(parts[0]);
      setRanking(parts[1]);
      setCategory(parts[2]);
      setWithin(parts[3]);
    }
  }

  /** A ranking as one picker's value. */
  public static String rankingKey(
      String publisher, String ranking, String category, String within) {
    return String.join(
        "|",
        Drafts.text(publisher),
        Drafts.text(ranking),
        Drafts.text(category),
        Drafts.text(within));
  }

  /** MEETINGS_HELD or BUSINESSES_TAKING_PART. */
  public String getDialogueMeasure() {
    return dialogueMeasure;
  }

  public void setDialogueMeasure(String dialogueMeasure) {
    this.dialogueMeasure = Drafts.text(dialogueMeasure);
  }

  public String getForum() {
    return forum;
  }

  public void setForum(String forum) {
    this.forum = Drafts.text(forum);
  }
}
