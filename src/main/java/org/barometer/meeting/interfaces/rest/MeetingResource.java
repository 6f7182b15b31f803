package org.barometer.meeting.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.barometer.meeting.application.AttendanceService;
import org.barometer.meeting.application.FeedbackService;
import org.barometer.meeting.application.MailRetry;
import org.barometer.meeting.application.MeetingChange;
import org.barometer.meeting.application.MeetingOverview;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.UnsentMail;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registrant;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A meeting for the staff running it: registrations and waiting list, capacity, changes and
 * cancellation (registrants are told, with an updated calendar entry), walk-ins, feedback and
 * refused mail. Invitations are {@link MeetingInvitationResource}, minutes and follow-up points
 * {@link MeetingMinutesResource}.
 */
@Path("/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Allowed({Role.ORGANISER})
public class MeetingResource {

  /** A meeting with its seats and everyone registered, waiting first in line order. */
  public record Overview(
      MeetingView meeting,
      int confirmed,
      int waiting,
      List<RegistrationViews.Entry> registrations,
      List<String> invited) {

    static Overview of(MeetingOverview o) {
      return new Overview(
          MeetingView.of(o.meeting()),
          o.seats().confirmed(),
          o.seats().waiting(),
          o.registrations().stream().map(RegistrationViews.Entry::of).toList(),
          o.invited());
    }
  }

  /** What a change did: who moved up from the waiting list and how many were told. */
  public record Changed(MeetingView meeting, int promoted, int notified) {

    static Changed of(MeetingChange c) {
      return new Changed(MeetingView.of(c.meeting()), c.promoted(), c.notified());
    }
  }

  public record Capacity(Integer capacity) {}

  public record Cancellation(String reason) {}

  @Inject MeetingService meetings;
  @Inject AttendanceService attendance;
  @Inject FeedbackService feedback;
  @Inject MailRetry mailRetry;

  @GET
  @Allowed({Role.VIEWER})
  @Operation(summary = "Meetings not yet over, across forums, soonest first; every staff role")
  public List<MeetingView> upcoming() {
    return meetings.upcoming().stream().map(MeetingView::of).toList();
  }

  @GET
  @Path("/past")
  @Allowed({Role.VIEWER})
  @Operation(
      summary = "Meetings that are over, the latest first",
      description =
          "At most 100, cancelled ones too (status CANCELLED): minutes and follow-up points are"
              + " written after a meeting. Every staff role may read the list.")
  public List<MeetingView> past() {
    return meetings.past().stream().map(MeetingView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A meeting with its registrations, waiting list and attendance")
  public Overview overview(@PathParam("id") long id) {
    return Overview.of(meetings.overview(id));
  }

  @PUT
  @Path("/{id}")
  @Operation(
      summary = "Change a meeting",
      description =
          "With notify=true every registrant gets the change and an updated calendar entry.")
  public Changed edit(
      @PathParam("id") long id,
      @QueryParam("notify") boolean notify,
      @NotNull(message = "a JSON body is required") MeetingForm form) {
    return Changed.of(meetings.editMeeting(id, form.details(), notify));
  }

  @PUT
  @Path("/{id}/capacity")
  @Operation(summary = "Change the capacity; a raise moves the first on the waiting list up")
  public Changed capacity(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") Capacity c) {
    if (c.capacity() == null) {
      throw new InvalidInputException("capacity", "capacity is required");
    }
    return Changed.of(meetings.changeCapacity(id, c.capacity()));
  }

  @POST
  @Path("/{id}/cancellation")
  @Operation(summary = "Cancel the meeting; everyone registered is told, with a cancelled entry")
  public Changed cancel(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") Cancellation c) {
    return Changed.of(meetings.cancelMeeting(id, c.reason()));
  }

  @POST
  @Path("/{id}/notification")
  @Operation(summary = "Tell every registrant of the meeting as it now is")
  public Changed notifyRegistrants(@PathParam("id") long id) {
    return Changed.of(meetings.notifyRegistrants(id));
  }

  /**
   * Someone who came without registering; {@code kind} BUSINESS (the default), PUBLIC_BODY,
   * POLITICIAN or ORGANISATION.
   */
  public record WalkIn(
      String name,
      String email,
      String orgNumber,
      String companyName,
      String role,
      String dietaryNeeds,
      String accessNeeds,
      String kind) {

    Registrant registrant() {
      return new Registrant(
          name,
          email,
          orgNumber,
          companyName,
          role,
          dietaryNeeds,
          accessNeeds,
          ParticipantKind.of("kind", kind));
    }
  }

  @POST
  @Path("/{id}/walk-ins")
  @Operation(summary = "Add someone who came without registering, marked as attended")
  public RegistrationViews.Entry walkIn(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") WalkIn w) {
    Language language = meetings.meeting(id).details().language();
    return RegistrationViews.Entry.of(attendance.walkIn(id, w.registrant(), language));
  }

  @GET
  @Path("/{id}/unsent-mail")
  @Operation(
      summary = "E-mails about the meeting the mail server refused",
      description =
          "Each is tried again by itself, 15 minutes after the refusal and then twice as long"
              + " after each further one, eight times in all; nextAttemptAt is absent once it has"
              + " given up.")
  public List<UnsentMail> unsentMail(@PathParam("id") long id) {
    meetings.meeting(id);
    return mailRetry.unsent(id);
  }

  @POST
  @Path("/{id}/unsent-mail/retry")
  @Operation(summary = "Try the meeting's refused e-mails again now, given up ones too")
  public Response retryUnsentMail(@PathParam("id") long id) {
    meetings.meeting(id);
    return Response.ok(Map.of("sent", mailRetry.retryNow(id))).build();
  }

  @POST
  @Path("/{id}/feedback")
  @Operation(
      summary = "Mail the anonymous feedback survey to those who attended",
      description =
          "One survey per forum on the meeting-feedback template, one cycle per meeting. Reaches"
              + " everyone marked as attended (with an e-mail address) who has not had the survey"
              + " mailed yet, so it can be sent again after late check-ins or failed mails. 409"
              + " when the meeting was cancelled or nobody is marked as attended.")
  public FeedbackService.FeedbackSent sendFeedback(@PathParam("id") long id) {
    return feedback.send(id);
  }

  @GET
  @Path("/{id}/feedback")
  @Operation(summary = "The feedback survey's cycle, how many were asked and answered")
  public FeedbackService.FeedbackProgress feedback(@PathParam("id") long id) {
    return feedback
        .progress(id)
        .orElseThrow(() -> new NotFoundException("No feedback survey was sent for the meeting."));
  }
}
