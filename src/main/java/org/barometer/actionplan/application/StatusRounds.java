package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.barometer.actionplan.domain.ActionPlan;
import org.barometer.actionplan.domain.ActionPlanRepository;
import org.barometer.actionplan.domain.Activity;
import org.barometer.actionplan.domain.Owner;
import org.barometer.actionplan.domain.RoundLink;
import org.barometer.actionplan.domain.RoundLinks;
import org.barometer.actionplan.domain.RoundOwner;
import org.barometer.actionplan.domain.RoundRules;
import org.barometer.actionplan.domain.StatusReport;
import org.barometer.actionplan.domain.StatusRound;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.shared.PersonalToken;

/**
 * The units of work of status rounds, each one transaction; {@link StatusRoundService} sends the
 * mails they prepare after they have committed, so no mail carries a link the database does not
 * know.
 */
@ApplicationScoped
@Transactional
public class StatusRounds {

  /** The same answer for a link that is malformed, unknown or never was. */
  static final String UNKNOWN_LINK = "This status link is not known.";

  /** A round just opened and the invitations to send. */
  public record Opened(long roundId, String planId, List<RoundMail> mails) {}

  /** The mails of a round to send, and the plan whose language they are written in. */
  public record Mailing(String planId, List<RoundMail> mails) {}

  ActionPlanRepository repository;
  RoundLinks links;
  StatusLinks addresses;

  protected StatusRounds() {}

  @Inject
  public StatusRounds(ActionPlanRepository repository, RoundLinks links, StatusLinks addresses) {
    this.repository = repository;
    this.links = links;
    this.addresses = addresses;
  }

  /**
   * Opens a round for an action plan: one owner per address among its activities that have an owner
   * and are not over, each with a new personal link.
   *
   * @throws NotFoundException when there is no such action plan
   * @throws ConflictException when a round of it is open, or it has no activity to ask about
   * @throws InvalidInputException naming {@code title} or {@code reportBy}
   */
  public Opened open(
      long actionPlanId, String title, LocalDate reportBy, String openedBy, Instant now) {
    ActionPlan plan = actionPlan(actionPlanId);
    Optional<StatusRound> open =
        repository.rounds(plan).stream().filter(StatusRound::isOpen).findFirst();
    if (open.isPresent()) {
      throw new ConflictException(
          "actionPlanId",
          "The round "
              + open.get().title()
              + " of "
              + plan.title()
              + " is still open; close it first.");
    }
    StatusRound round = new StatusRound(plan, title, reportBy, openedBy, now);
    Map<String, Owner> owners = RoundRules.owners(repository.activities(plan));
    if (owners.isEmpty()) {
      throw new ConflictException(
          "actionPlanId",
          plan.title() + " has no activity with an owner that is not done or cancelled.");
    }
    repository.add(round);
    List<RoundMail> mails = new ArrayList<>();
    for (Owner owner : owners.values()) {
      PersonalToken token = PersonalToken.generate();
      RoundOwner asked = new RoundOwner(round, owner, token);
      repository.add(asked);
      mails.add(mail(asked, false, token));
    }
    return new Opened(round.id(), plan.planId(), mails);
  }

  /**
   * The mails that remind every owner of an open round who has not reported on all their
   * activities; each with a new link (the earlier ones keep working). An owner whose invitation
   * never reached the mail server gets the invitation instead.
   *
   * @throws ConflictException when the round is closed
   */
  public Mailing reminders(long roundId, Instant now) {
    StatusRound round = round(roundId);
    requireOpen(round);
    List<RoundMail> mails = new ArrayList<>();
    for (RoundOwner owner : repository.owners(round)) {
      List<Activity> activities = activitiesOf(owner);
      long reported =
          activities.stream().filter(a -> RoundRules.reportIn(a, round).isPresent()).count();
      if (reported < activities.size()) {
        PersonalToken token = PersonalToken.generate();
        links.add(new RoundLink(owner, token, now));
        mails.add(mail(owner, owner.invitedAt().isPresent(), token));
      }
    }
    return new Mailing(round.actionPlan().planId(), mails);
  }

  /** Records that a mail reached the mail server. */
  public void sent(RoundMail mail, Instant now) {
    RoundOwner owner = links.owner(mail.ownerId()).orElseThrow();
    if (mail.reminder()) {
      owner.reminded(now);
    } else {
      owner.invited(now);
    }
  }

  /**
   * @throws ConflictException when the round is closed already
   */
  public RoundViews.Round close(long roundId, Instant now) {
    StatusRound round = round(roundId);
    requireOpen(round);
    round.close(now);
    return summary(round, repository.owners(round));
  }

  /**
   * The action plans of the given plans with their rounds.
   *
   * @param plans plan id → title, in the order to list them
   */
  public List<RoundViews.ActionPlanRounds> actionPlans(Map<String, String> plans) {
    List<RoundViews.ActionPlanRounds> all = new ArrayList<>();
    plans.forEach(
        (planId, planTitle) -> {
          for (ActionPlan plan : repository.actionPlans(planId)) {
            all.add(
                new RoundViews.ActionPlanRounds(
                    plan.id(),
                    planId,
                    planTitle,
                    plan.title(),
                    RoundRules.owners(repository.activities(plan)).size(),
                    repository.rounds(plan).stream()
                        .map(r -> summary(r, repository.owners(r)))
                        .toList()));
          }
        });
    return all;
  }

  public List<RoundViews.Round> rounds(long actionPlanId) {
    return repository.rounds(actionPlan(actionPlanId)).stream()
        .map(r -> summary(r, repository.owners(r)))
        .toList();
  }

  public RoundViews.Overview overview(long roundId) {
    StatusRound round = round(roundId);
    List<RoundOwner> owners = repository.owners(round);
    return new RoundViews.Overview(
        summary(round, owners), owners.stream().map(this::ownerView).toList());
  }

  /**
   * What the owner behind a personal link sees: their own activities in the round.
   *
   * @throws NotFoundException for a link that is malformed or unknown, the same for both
   */
  public RoundViews.OwnPage own(String token) {
    return ownPage(owner(token));
  }

  /**
   * Records an owner's reports in one transaction: all of them or, if one is refused, none.
   *
   * @throws NotFoundException for an unknown link
   * @throws ConflictException when the round is closed
   * @throws InvalidInputException naming the report's field ({@code reports[1].cause}), for an
   *     activity that is not the owner's in this round, a missing status, or a yellow or red report
   *     without cause or recommended action
   */
  public RoundViews.OwnPage report(String token, List<ReportForm> reports, Instant now) {
    RoundOwner owner = owner(token);
    StatusRound round = owner.round();
    requireOpen(round);
    if (reports == null || reports.isEmpty()) {
      throw new InvalidInputException("reports", "Report on at least one activity.");
    }
    List<Activity> mine = activitiesOf(owner);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      ReportForm form = reports.get(i);
      String at = "reports[" + i + "].";
      if (form == null || form.activityId() == null) {
        throw new InvalidInputException(at + "activityId", "activityId is required");
      }
      Activity activity =
          mine.stream()
              .filter(a -> a.id().equals(form.activityId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          at + "activityId",
                          "Activity "
                              + form.activityId()
                              + " is not one of yours in "
                              + round.title()
                              + "."));
      if (!seen.add(activity.id())) {
        throw new InvalidInputException(
            at + "activityId", "Activity " + activity.id() + " is reported twice.");
      }
      try {
        StatusReport report =
            activity.report(
                form.status(),
                form.cause(),
                form.recommendedAction(),
                form.note(),
                owner.name(),
                round,
                now);
        repository.add(report);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(at + e.field(), e.getMessage());
      }
    }
    return ownPage(owner);
  }

  private RoundViews.OwnPage ownPage(RoundOwner owner) {
    StatusRound round = owner.round();
    List<RoundViews.Item> items =
        round.isOpen() ? activitiesOf(owner).stream().map(a -> item(a, round)).toList() : List.of();
    return new RoundViews.OwnPage(
        owner.name(),
        round.title(),
        round.actionPlan().title(),
        round.reportBy(),
        round.isOpen(),
        items);
  }

  private RoundOwner owner(String token) {
    PersonalToken parsed;
    try {
      parsed = PersonalToken.of(token);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(UNKNOWN_LINK);
    }
    String hash = parsed.hash();
    return repository
        .ownerByTokenHash(hash)
        .or(() -> links.ownerByTokenHash(hash))
        .orElseThrow(() -> new NotFoundException(UNKNOWN_LINK));
  }

  private List<Activity> activitiesOf(RoundOwner owner) {
    StatusRound round = owner.round();
    return RoundRules.inRound(
        repository.activitiesOwnedBy(round.actionPlan(), owner.email()), round);
  }

  private RoundMail mail(RoundOwner owner, boolean reminder, PersonalToken token) {
    StatusRound round = owner.round();
    return new RoundMail(
        reminder,
        Objects.requireNonNull(owner.id(), "owner flushed"),
        owner.email(),
        owner.name(),
        round.title(),
        round.actionPlan().title(),
        round.reportBy(),
        activitiesOf(owner).stream().map(Activity::title).toList(),
        addresses.of(token));
  }

  private RoundViews.Owner ownerView(RoundOwner owner) {
    StatusRound round = owner.round();
    List<Activity> activities = activitiesOf(owner);
    List<RoundViews.Item> items = activities.stream().map(a -> item(a, round)).toList();
    Instant last =
        items.stream()
            .map(RoundViews.Item::reportedAt)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    String unit =
        activities.stream()
            .map(a -> a.owner().map(Owner::unit).orElse(null))
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    return new RoundViews.Owner(
        owner.id(),
        owner.name(),
        owner.email(),
        unit,
        (int) items.stream().filter(RoundViews.Item::reported).count(),
        last,
        owner.invitedAt().orElse(null),
        owner.remindedAt().orElse(null),
        owner.reminders(),
        items);
  }

  private static RoundViews.Item item(Activity a, StatusRound round) {
    Optional<StatusReport> given = RoundRules.reportIn(a, round);
    return new RoundViews.Item(
        a.id(),
        a.title(),
        a.description(),
        a.endsOn().orElse(null),
        given.map(r -> r.status().name()).orElse(null),
        given.map(StatusReport::cause).orElse(null),
        given.map(StatusReport::recommendedAction).orElse(null),
        given.map(StatusReport::note).orElse(null),
        given.map(StatusReport::reporter).orElse(null),
        given.map(StatusReport::reportedAt).orElse(null),
        a.latestReport().map(r -> r.status().name()).orElse(null));
  }

  private RoundViews.Round summary(StatusRound round, List<RoundOwner> owners) {
    int done = 0;
    for (RoundOwner o : owners) {
      List<Activity> activities = activitiesOf(o);
      if (activities.stream().allMatch(a -> RoundRules.reportIn(a, round).isPresent())) {
        done++;
      }
    }
    ActionPlan plan = round.actionPlan();
    return new RoundViews.Round(
        round.id(),
        plan.id(),
        plan.title(),
        plan.planId(),
        round.title(),
        round.reportBy(),
        round.openedAt(),
        round.openedBy(),
        round.closedAt().orElse(null),
        owners.size(),
        done);
  }

  private static void requireOpen(StatusRound round) {
    if (!round.isOpen()) {
      throw new ConflictException("round", "The status round " + round.title() + " is closed.");
    }
  }

  private ActionPlan actionPlan(long id) {
    return repository
        .actionPlan(id)
        .orElseThrow(() -> new NotFoundException("There is no action plan " + id + "."));
  }

  private StatusRound round(long id) {
    return repository
        .round(id)
        .orElseThrow(() -> new NotFoundException("There is no status round " + id + "."));
  }
}
