package org.barometer.actionplan.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the round's pages and the API show: records read in one transaction, no entities. */
public final class RoundViews {

  private RoundViews() {}

  /**
   * A round with how far it has come.
   *
   * @param owners how many owners it asks
   * @param ownersReported how many of them have reported on all their activities in it
   */
  public record Round(
      long id,
      long actionPlanId,
      String actionPlanTitle,
      String planId,
      String title,
      LocalDate reportBy,
      Instant openedAt,
      String openedBy,
      Instant closedAt,
      int owners,
      int ownersReported)
      implements Serializable {

    public boolean open() {
      return closedAt == null;
    }
  }

  /**
   * An activity in a round.
   *
   * @param status the status given in this round, or null while it has none
   * @param reporter who gave it (the owner's name from their link), or null
   * @param reportedAt when that was given, or null
   * @param currentStatus the activity's status now (its latest report, in this round or not), or
   *     null before its first
   */
  public record Item(
      long id,
      String title,
      String description,
      LocalDate endsOn,
      String status,
      String cause,
      String recommendedAction,
      String note,
      String reporter,
      Instant reportedAt,
      String currentStatus)
      implements Serializable {

    public boolean reported() {
      return status != null;
    }
  }

  /**
   * An owner asked in a round, with their activities in it.
   *
   * @param unit the unit or organisation of their first activity, or null
   * @param reported how many of their activities have a report in this round
   * @param lastReportedAt their latest report in this round, or null
   * @param invitedAt when the invitation was handed to the mail server; null while it was not
   */
  public record Owner(
      long id,
      String name,
      String email,
      String unit,
      int reported,
      Instant lastReportedAt,
      Instant invitedAt,
      Instant remindedAt,
      int reminders,
      List<Item> activities)
      implements Serializable {

    /** Whether the owner has reported on every activity of theirs in the round. */
    public boolean done() {
      return reported >= activities.size();
    }
  }

  /** A round with every owner asked in it, by name. */
  public record Overview(Round round, List<Owner> owners) implements Serializable {}

  /** What an owner sees behind their personal link: their own activities in the round only. */
  public record OwnPage(
      String ownerName,
      String roundTitle,
      String actionPlanTitle,
      LocalDate reportBy,
      boolean open,
      List<Item> activities)
      implements Serializable {}

  /**
   * An action plan with its rounds, for the list of rounds.
   *
   * @param planTitle the title of the plan it belongs to
   * @param owners how many owners a round opened now would ask
   */
  public record ActionPlanRounds(
      long id, String planId, String planTitle, String title, int owners, List<Round> rounds)
      implements Serializable {}
}
