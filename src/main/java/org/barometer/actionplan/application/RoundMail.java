package org.barometer.actionplan.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A mail to an owner asked in a status round: the invitation, or a reminder, with a personal link.
 *
 * @param activities the titles of the owner's activities in the round
 */
public record RoundMail(
    boolean reminder,
    long ownerId,
    String email,
    String name,
    String roundTitle,
    String actionPlanTitle,
    LocalDate reportBy,
    List<String> activities,
    String link) {}
