package org.barometer.goals.interfaces.web;

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
import java.util.List;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.domain.Plan;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
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

  private String copyFrom;
  private String copyId;
  private String copyTitle;

  public List<PlanEntry> getPlans() {
    return plans.all();
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
      Plan plan = plans.importFile(name, text);
      Messages.info(Messages.text("goals.plans.imported", plan.title()));
    } catch (CharacterCodingException e) {
      Messages.error(Messages.text("goals.plans.notUtf8", name));
    } catch (PlanFileException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
            Plan plan = plans.copyForNextPeriod(copyFrom, strip(copyId), strip(copyTitle));
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
