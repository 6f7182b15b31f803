package org.barometer.goals.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barometer.goals.application.ImportedVersion;
import org.barometer.goals.application.Revision;
import org.barometer.goals.application.editor.DraftProblem;
import org.barometer.goals.application.editor.Drafted;
import org.barometer.goals.application.editor.GoalDraft;
import org.barometer.goals.application.editor.IndicatorDraft;
import org.barometer.goals.application.editor.PlanDraft;
import org.barometer.goals.application.editor.PlanEditor;
import org.barometer.goals.application.editor.SourceCatalogue;
import org.barometer.goals.interfaces.ScorecardView;
import org.barometer.goals.interfaces.ScorecardView.IndicatorView;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * A plan edited in the browser (analysts): a new plan, or the latest version of one ({@code id}),
 * its goals and sub-goals and each indicator's source, baseline, target and due year; beside each
 * indicator the status and sentence the scorecard would give it today, and what is wrong with its
 * fields. Saving stores the plan file as the plan's next version, with a reason from version 2.
 */
@Named
@ViewScoped
public class PlanEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PlanEditor editor;
  @Inject SourceCatalogue catalogue;
  @Inject LanguageChoice language;

  private String id;
  private PlanDraft draft;
  private String reason;
  private LocalDate inForceFrom;
  private int savedVersion;

  /** The draft checked and scored once per request (the render), not per field. */
  private transient Object checkedIn;

  private transient Object checkedPhase;
  private transient Drafted drafted;
  private transient Map<String, IndicatorView> scored;

  /** Opens the plan named by {@code id}, or a new plan with one empty goal. */
  @StaffAction(Role.ANALYST)
  public void load() {
    if (draft != null) {
      return;
    }
    if (id != null && !id.isBlank()) {
      draft = editor.open(id);
    } else {
      id = null;
      draft = new PlanDraft();
      draft.getGoals().add(new GoalDraft());
    }
  }

  public List<GoalRow> getRows() {
    List<GoalRow> rows = new ArrayList<>();
    rows(draft.getGoals(), 0, "", rows);
    return rows;
  }

  private static void rows(List<GoalDraft> goals, int depth, String prefix, List<GoalRow> out) {
    for (int n = 0; n < goals.size(); n++) {
      String number = prefix + (n + 1);
      out.add(new GoalRow(goals.get(n), depth, number));
      rows(goals.get(n).getGoals(), depth + 1, number + ".", out);
    }
  }

  @StaffAction(Role.ANALYST)
  public void addGoal() {
    draft.getGoals().add(new GoalDraft());
  }

  @StaffAction(Role.ANALYST)
  public void addSubGoal(GoalDraft goal) {
    goal.getGoals().add(new GoalDraft());
  }

  @StaffAction(Role.ANALYST)
  public void removeGoal(GoalDraft goal) {
    draft.remove(goal);
  }

  @StaffAction(Role.ANALYST)
  public void addIndicator(GoalDraft goal) {
    goal.getIndicators().add(new IndicatorDraft());
  }

  @StaffAction(Role.ANALYST)
  public void removeIndicator(IndicatorDraft indicator) {
    draft.remove(indicator);
  }

  /** Re-renders the form with each indicator scored as it now stands. */
  @StaffAction(Role.ANALYST)
  public void preview() {
    fillGroups();
  }

  /** Saves the draft as the plan's next version; nothing is stored while a field is wrong. */
  @StaffAction(Role.ANALYST)
  public void save() {
    fillGroups();
    if (id != null && (reason == null || reason.isBlank())) {
      Messages.error(Messages.text("goals.versions.reasonRequired"));
      return;
    }
    Messages.attempt(
        () -> {
          PlanEditor.Saved saved =
              editor.save(draft, id, new Revision(user(), reason, inForceFrom));
          checkedIn = null;
          if (saved.version() == null) {
            Messages.error(
                Messages.text("goals.editor.notSaved", saved.drafted().problems().size()));
            saved.drafted().problems().forEach(p -> Messages.error(problem(p)));
            return;
          }
          ImportedVersion v = saved.version();
          if (!v.created()) {
            Messages.info(
                Messages.text("goals.versions.same", v.plan().title(), v.version().number()));
            return;
          }
          Messages.info(
              Messages.text(
                  "goals.versions.stored",
                  v.plan().title(),
                  v.version().number(),
                  v.version().inForceFrom().toString()));
          id = v.plan().id();
          savedVersion = v.version().number();
          reason = null;
          inForceFrom = null;
        });
  }

  /** A group mean picked by its code takes the group's name and members, as a file lists them. */
  private void fillGroups() {
    for (GoalDraft g : draft.allGoals()) {
      for (IndicatorDraft i : g.getIndicators()) {
        var t = i.getTarget();
        if ("OUTPERFORM".equals(t.getRule())
            && "group_mean".equals(t.getAgainst())
            && !t.getAgainstCode().isEmpty()
            && t.getAgainstRegions().isEmpty()) {
          t.setAgainstName(catalogue.groupName(t.getAgainstCode()));
          t.setAgainstRegions(String.join(", ", catalogue.members(t.getAgainstCode())));
        }
      }
    }
  }

  /**
   * Checks the draft once per request phase (fields are read before the form's values are applied,
   * and again when the page is rendered); scores it only for the render, which reads the figures.
   */
  private void check() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object phase = faces.getCurrentPhaseId();
    if (checkedIn == faces && checkedPhase == phase) {
      return;
    }
    checkedIn = faces;
    checkedPhase = phase;
    drafted = editor.check(draft);
    scored = new HashMap<>();
    if (phase == PhaseId.RENDER_RESPONSE) {
      editor
          .preview(drafted, LocalDate.now())
          .map(card -> ScorecardView.of(card, language.getLocale()))
          .ifPresent(view -> collect(view.goals()));
    }
  }

  private void collect(List<ScorecardView.GoalView> goals) {
    for (ScorecardView.GoalView g : goals) {
      g.indicators().forEach(i -> scored.put(i.id(), i));
      collect(g.goals());
    }
  }

  /** The indicator as the scorecard would show it now; null while a field of it is wrong. */
  public IndicatorView status(IndicatorDraft indicator) {
    check();
    return drafted.of(indicator).isEmpty() ? scored.get(indicator.getId()) : null;
  }

  /** What is wrong with a part of the draft (the plan, a goal, an indicator), each field named. */
  public List<String> problems(Object part) {
    check();
    return drafted.of(part).stream().map(this::fieldProblem).toList();
  }

  public int getProblemCount() {
    check();
    return drafted.problems().size();
  }

  private String fieldProblem(DraftProblem p) {
    return Messages.text("goals.editor.field." + p.field())
        + ": "
        + Messages.text(p.key(), p.arguments().toArray());
  }

  /** A problem for the messages at the top: which goal or indicator, which field, what. */
  private String problem(DraftProblem p) {
    String where =
        p.part() instanceof IndicatorDraft i
            ? Messages.text("goals.indicator") + " " + name(i.getName(), i.getId())
            : p.part() instanceof GoalDraft g
                ? Messages.text("goals.editor.goal") + " " + name(g.getTitle(), g.getId())
                : Messages.text("goals.editor.plan");
    return where + " – " + fieldProblem(p);
  }

  private static String name(String name, String id) {
    return "«" + (name.isEmpty() ? id : name) + "»";
  }

  private static String user() {
    Principal user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return user == null ? "" : user.getName();
  }

  public boolean isNew() {
    return id == null;
  }

  public int getSavedVersion() {
    return savedVersion;
  }

  public PlanDraft getDraft() {
    return draft;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getInForceFrom() {
    return inForceFrom;
  }

  public void setInForceFrom(LocalDate inForceFrom) {
    this.inForceFrom = inForceFrom;
  }
}
