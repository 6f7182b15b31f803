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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.barometer.meeting.application.AttendanceService;
import org.barometer.meeting.application.FeedbackService;
import org.barometer.meeting.application.MailRetry;
import org.barometer.meeting.application.MeetingChange;
import org.barometer.meeting.application.MeetingOverview;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.MinutesMail;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.application.UnknownGoalException;
import org.barometer.meeting.application.UnsentMail;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Guest;
import org.barometer.meeting.domain.Minutes;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registrant;
import org.barometer.platform.error.ApiError;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A meeting for the staff running it: registrations and waiting list, capacity, changes and
 * cancellation (registrants are told, with an updated calendar entry), invitations, walk-ins,
 * minutes and follow-up points.
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

  public record Invitation(List<String> orgNumbers) {}

  public record MinutesText(String body) {}

  public record Status(String status) {}

  /**
   * A follow-up point; {@code planId} and {@code goalId} optionally name the goal of a plan it
   * serves, both or neither. {@code goal}, the free text of before, is refused.
   */
  public record FollowUpForm(
      String text,
      String owner,
      LocalDate dueOn,
      String status,
      String planId,
      String goalId,
      String goal) {

    FollowUp followUp(Long id, long meetingId) {
      if (goal != null) {
        throw new UnknownGoalException(
            "goal", "Name the goal with planId and goalId, picked from GET /api/follow-ups/goals.");
      }
      return new FollowUp(
          id,
          meetingId,
          text,
          owner,
          dueOn,
          MeetingResource.status(status),
          GoalLink.of(planId, goalId));
    }
  }

  @Inject MeetingService meetings;
  @Inject AttendanceService attendance;
  @Inject MinutesService minutes;
  @Inject FeedbackService feedback;
  @Inject MailRetry mailRetry;
  @Inject MinutesMail minutesMail;

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

  @POST
  @Path("/{id}/invitations")
  @Operation(summary = "Invite businesses of the register by organisation number")
  public Response invite(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") Invitation i) {
    int invited = meetings.invite(id, i.orgNumbers() == null ? List.of() : i.orgNumbers());
    return Response.ok(Map.of("invited", invited)).build();
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

  /** Someone from outside the business register to invite by e-mail. */
  public record GuestForm(String name, String email, String organisation, String kind) {}

  @POST
  @Path("/{id}/guest-invitations")
  @Operation(
      summary = "Invite people from outside the business register by e-mail",
      description =
          "Politicians, NHO and LO, other public bodies: each gets the meeting's registration"
              + " page by e-mail and may register with that address even when the meeting is by"
              + " invitation only. kind is PUBLIC_BODY, POLITICIAN or ORGANISATION; an address"
              + " invited before is not mailed again.")
  public Response inviteGuests(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") List<GuestForm> g) {
    List<Guest> guests =
        g.stream()
            .map(
                f ->
                    new Guest(
                        f.name(),
                        f.email(),
                        f.organisation(),
                        f.kind() == null ? null : ParticipantKind.of("kind", f.kind())))
            .toList();
    return Response.ok(Map.of("invited", meetings.inviteGuests(id, guests))).build();
  }

  @GET
  @Path("/{id}/guest-invitations")
  @Operation(summary = "The people from outside the business register invited to the meeting")
  public List<Guest> guests(@PathParam("id") long id) {
    return meetings.guests(id);
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

  @GET
  @Path("/{id}/minutes")
  @Allowed({Role.VIEWER})
  @Operation(summary = "The minutes (Markdown); every staff role may read them")
  public Minutes minutes(@PathParam("id") long id) {
    return minutes
        .minutes(id)
        .orElseThrow(() -> new NotFoundException("The meeting has no minutes yet."));
  }

  @PUT
  @Path("/{id}/minutes")
  @Operation(summary = "Write the minutes (Markdown); the last version is kept")
  public Minutes writeMinutes(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body is required") MinutesText text,
      @Context SecurityContext security) {
    return minutes.saveMinutes(id, text.body(), security.getUserPrincipal().getName());
  }

  @POST
  @Path("/{id}/minutes/mail")
  @Operation(
      summary = "Mail the minutes to those who attended",
      description =
          "Everyone marked as attended with an e-mail address gets the minutes as they are now, in"
              + " the language they registered in. A refused mail is tried again by itself, like"
              + " the other meeting mails (unsent-mail). 409 when there are no minutes yet or"
              + " nobody is marked as attended.")
  public MinutesMail.MinutesSent mailMinutes(@PathParam("id") long id) {
    return minutesMail.send(id);
  }

  @PUT
  @Path("/follow-ups/{followUp}/status")
  @Operation(summary = "Mark a follow-up point OPEN, DONE or DROPPED")
  public FollowUp followUpStatus(
      @PathParam("followUp") long followUp,
      @NotNull(message = "a JSON body is required") Status status) {
    return minutes.setStatus(followUp, status(status.status()));
  }

  private static FollowUpStatus status(String status) {
    try {
      return status == null ? null : FollowUpStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "status must be OPEN, DONE or DROPPED");
    }
  }

  @PUT
  @Path("/follow-ups/{followUp}")
  @Operation(
      summary = "Rewrite a follow-up point: text, owner, due date, status, goal",
      description =
          "planId and goalId name a goal of a plan (GET /api/follow-ups/goals lists them); an"
              + " unknown plan or goal is refused with 400 naming the field.")
  public Response updateFollowUp(
      @PathParam("followUp") long followUp,
      @NotNull(message = "a JSON body is required") FollowUpForm f) {
    try {
      return Response.ok(minutes.updateFollowUp(f.followUp(followUp, 0))).build();
    } catch (UnknownGoalException e) {
      return unknownGoal(e);
    }
  }

  /** 400 naming the field: the goal link names what the plans do not have. */
  static Response unknownGoal(UnknownGoalException e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(e.getMessage(), e.field()))
        .build();
  }

  @GET
  @Path("/{id}/follow-ups")
  @Allowed({Role.VIEWER})
  @Operation(summary = "The meeting's follow-up points; every staff role may read them")
  public List<FollowUp> followUps(@PathParam("id") long id) {
    return minutes.followUps(id);
  }

  @POST
  @Path("/{id}/follow-ups")
  @Operation(
      summary = "Add a follow-up point with an owner, a due date and optionally a goal",
      description =
          "planId and goalId name a goal of a plan (GET /api/follow-ups/goals lists them); an"
              + " unknown plan or goal is refused with 400 naming the field.")
  public Response addFollowUp(
      @PathParam("id") long id, @NotNull(message = "a JSON body is required") FollowUpForm f) {
    try {
      FollowUp added = minutes.addFollowUp(f.followUp(null, id));
      return Response.status(Response.Status.CREATED).entity(added).build();
    } catch (UnknownGoalException e) {
      return unknownGoal(e);
    }
  }
}
