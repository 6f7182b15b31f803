package org.barometer.goals.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.barometer.goals.application.ImportedVersion;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.Revision;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanPeriod;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The municipality's plans, and for analysts a plan file to import or a plan to carry into the next
 * period.
 */
@Named
@ViewScoped
public class PlansPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Plans plans;
  @Inject LanguageChoice language;

  /** A changed file for a plan that exists, waiting for why and from when before it is stored. */
  private String pendingName;

  private String pendingText;
  private String pendingPlan;
  private String pendingId;
  private int pendingVersion;
  private String reason;
  private LocalDate inForceFrom;

  private String copyFrom;
  private String copyId;
  private String copyTitle;

  public List<PlanEntry> getPlans() {
    return plans.all();
  }

  /** A plan's years in the page's language: "2023–2026", "til 2030". */
  public String period(PlanEntry plan) {
    return PlanPeriod.parse(plan.period()).phrase().in(language.getLocale());
  }

  /** Reads the dropped plan file; a bad one is refused with its line and place in the plan. */
  @StaffAction(Role.ANALYST)
  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    try {
      byte[] bytes = event.getFile().getInputStream().readNBytes(4 * PlanFileReader.MAX_CHARS + 1);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      Plan plan = plans.read(name, text);
      Optional<PlanLibrary.StoredVersion> latest = plans.latest(plan.id());
      clearPending();
      if (latest.isEmpty()) {
        plans.importFile(name, text, Revision.by(user()));
        Messages.info(Messages.text("goals.plans.imported", plan.title()));
      } else if (latest.get().document().text().equals(text)) {
        Messages.info(
            Messages.text("goals.versions.same", plan.title(), latest.get().version().number()));
      } else {
        pendingName = name;
        pendingText = text;
        pendingPlan = plan.title();
        pendingId = plan.id();
        pendingVersion = latest.get().version().number() + 1;
        inForceFrom = LocalDate.now();
      }
    } catch (CharacterCodingException e) {
      Messages.error(Messages.text("goals.plans.notUtf8", name));
    } catch (PlanFileException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores the waiting file as the plan's next version, with why and from when. */
  @StaffAction(Role.ANALYST)
  public void storeVersion() {
    if (pendingText == null) {
      return;
    }
    if (reason == null || reason.isBlank()) {
      Messages.error(Messages.text("goals.versions.reasonRequired"));
      return;
    }
    Optional<PlanLibrary.StoredVersion> latest = plans.latest(pendingId);
    if (latest.isPresent()
        && inForceFrom != null
        && !latest.get().version().mayBeFollowedFrom(inForceFrom)) {
      Messages.error(
          Messages.text(
              "goals.versions.tooEarly",
              latest.get().version().number(),
              latest.get().version().inForceFrom().toString()));
      return;
    }
    Messages.attempt(
        () -> {
          try {
            ImportedVersion stored =
                plans.importFile(
                    pendingName, pendingText, new Revision(user(), reason, inForceFrom));
            Messages.info(
                Messages.text(
                    "goals.versions.stored",
                    stored.plan().title(),
                    stored.version().number(),
                    stored.version().inForceFrom().toString()));
            clearPending();
          } catch (PlanFileException e) {
            Messages.error(e.getMessage());
          }
        });
  }

  /** Drops the waiting file: nothing is stored. */
  @StaffAction(Role.ANALYST)
  public void cancelVersion() {
    clearPending();
  }

  private void clearPending() {
    pendingName = null;
    pendingText = null;
    pendingPlan = null;
    pendingId = null;
    pendingVersion = 0;
    reason = null;
    inForceFrom = null;
  }

  private static String user() {
    java.security.Principal user =
        FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return user == null ? "" : user.getName();
  }

  public boolean isPending() {
    return pendingText != null;
  }

  public String getPendingPlan() {
    return pendingPlan;
  }

  public String getPendingName() {
    return pendingName;
  }

  public int getPendingVersion() {
    return pendingVersion;
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

  /** Starts the next period from the chosen plan; the new plan's file can then be revised. */
  @StaffAction(Role.ANALYST)
  public void copy() {
    if (copyFrom == null || copyFrom.isBlank()) {
      Messages.error(Messages.text("goals.plans.copyChoose"));
      return;
    }
    Messages.attempt(
        () -> {
          try {
            Plan plan =
                plans.copyForNextPeriod(copyFrom, strip(copyId), strip(copyTitle), user()).plan();
            Messages.info(Messages.text("goals.plans.copied", plan.title(), plan.period().text()));
            copyId = null;
            copyTitle = null;
          } catch (PlanFileException e) {
            Messages.error(e.getMessage());
          }
        });
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  public String getCopyFrom() {
    return copyFrom;
  }

  public void setCopyFrom(String copyFrom) {
    this.copyFrom = copyFrom;
  }

  public String getCopyId() {
    return copyId;
  }

  public void setCopyId(String copyId) {
    this.copyId = copyId;
  }

  public String getCopyTitle() {
    return copyTitle;
  }

  public void setCopyTitle(String copyTitle) {
    this.copyTitle = copyTitle;
  }
}
