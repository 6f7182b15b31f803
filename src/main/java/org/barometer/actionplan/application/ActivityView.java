package org.barometer.actionplan.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity as pages, the API and the Excel export read it, with its status: the latest report.
 *
 * @param position its place in the action plan, 1 for the first
 * @param ownerName null until staff name an owner (as the unit and e-mail)
 * @param status the latest report's status (GREEN, YELLOW, RED, DONE, CANCELLED), or null before
 *     the first report
 * @param latest the latest report, or null
 * @param reports how many reports there are, the latest included
 * @param followUpIds the meeting follow-up points it came from
 * @param meetingIds the meetings it came from
 */
public record ActivityView(
    long id,
    long actionPlanId,
    int position,
    String title,
    String description,
    List<String> goalIds,
    String ownerName,
    String ownerUnit,
    String ownerEmail,
    String partners,
    LocalDate startsOn,
    LocalDate endsOn,
    String status,
    ReportView latest,
    int reports,
    List<Long> followUpIds,
    List<Long> meetingIds,
    Instant updatedAt) {}
