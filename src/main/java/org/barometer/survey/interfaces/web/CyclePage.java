package org.barometer.survey.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.ContentDisposition;
import org.barometer.platform.web.Messages;
import org.barometer.survey.application.AnswerExchange;
import org.barometer.survey.application.CycleProgress;
import org.barometer.survey.application.InvitationService;
import org.barometer.survey.application.MailingReport;
import org.barometer.survey.application.MailingService;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.SurveyCycle;

/**
 * One cycle for the staff running it: progress and response rates, per stratum too; the register
 * upload; invitations, reminders and mail-merge links; closing; the answers out and in.
 */
@Named
@ViewScoped
public class CyclePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject MailingService mailings;
  @Inject AnswerExchange answers;

  private long id;
  private transient CycleProgress progress;
  private transient Part register;
  private transient Part answersFile;

  public SurveyCycle getCycle() {
    return surveys.cycle(id);
  }

  /** Counted once per view and again after each action, not on every reference in the page. */
  public CycleProgress getProgress() {
    if (progress == null) {
      progress = surveys.progress(id);
    }
    return progress;
  }

  @StaffAction(Role.ANALYST)
  public void open() {
    progress = null;
    Messages.attempt(() -> surveys.open(id), "The cycle is open for answers");
  }

  @StaffAction(Role.ANALYST)
  public void close() {
    progress = null;
    Messages.attempt(() -> surveys.close(id), "The cycle is closed");
  }

  @StaffAction(Role.ANALYST)
  public void uploadRegister() {
    progress = null;
    if (register == null) {
      Messages.error("Choose the register file first");
      return;
    }
    Messages.attempt(
        () -> {
          var result =
              invitations.importRegister(id, register.getSubmittedFileName(), text(register));
          Messages.info(
              result.invited()
                  + " businesses invited, "
                  + result.alreadyInvited()
                  + " were already");
        },
        register.getSubmittedFileName() + " read");
  }

  @StaffAction(Role.ANALYST)
  public void sendInvitations() {
    progress = null;
    Messages.attempt(
        () -> report("Invitations", mailings.sendInvitations(id)), "Invitations handled");
  }

  @StaffAction(Role.ANALYST)
  public void sendReminders() {
    progress = null;
    Messages.attempt(() -> report("Reminders", mailings.sendReminders(id)), "Reminders handled");
  }

  @StaffAction(Role.ANALYST)
  public void downloadLinks() throws IOException {
    download("links-" + getCycle().label() + ".csv", invitations.issueLinksCsv(id));
  }

  @StaffAction(Role.ANALYST)
  public void downloadAnswers() throws IOException {
    String[] csv = new String[1];
    if (Messages.attempt(() -> csv[0] = answers.export(id))) {
      download("answers-" + getCycle().label() + ".csv", csv[0]);
    }
  }

  /** The free texts, apart from the answers so that neither can be matched to the other. */
  @StaffAction(Role.ANALYST)
  public void downloadTexts() throws IOException {
    String[] csv = new String[1];
    if (Messages.attempt(() -> csv[0] = answers.exportTexts(id))) {
      download("texts-" + getCycle().label() + ".csv", csv[0]);
    }
  }

  @StaffAction(Role.ANALYST)
  public void importAnswers() {
    progress = null;
    if (answersFile == null) {
      Messages.error("Choose the answers file first");
      return;
    }
    Messages.attempt(
        () -> {
          int stored =
              answers.importAnswers(id, answersFile.getSubmittedFileName(), text(answersFile));
          Messages.info(stored + " responses imported");
        },
        answersFile.getSubmittedFileName() + " read");
  }

  private static void report(String what, MailingReport report) {
    Messages.info(what + ": " + report.sent() + " sent");
    if (report.failed() > 0) {
      Messages.error(report.failed() + " could not be sent; they will be tried again next time");
    }
  }

  private static String text(Part part) {
    try {
      return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void download(String fileName, String csv) throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", ContentDisposition.attachment(fileName));
    external.getResponseOutputWriter().write(csv);
    context.responseComplete();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Part getRegister() {
    return register;
  }

  public void setRegister(Part register) {
    this.register = register;
  }

  public Part getAnswersFile() {
    return answersFile;
  }

  public void setAnswersFile(Part answersFile) {
    this.answersFile = answersFile;
  }
}
