package org.barometer.analysis.application;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.survey.domain.CycleStatus;

/**
 * The results of one survey cycle: every question (but free text) and every index, with their
 * breakdowns, and the priority matrices of the template's driver indices.
 *
 * @param responseRate responses from invited businesses / invitations; empty for a cycle without
 *     invitations (answers imported from another tool)
 * @param liveRefreshAt for an open cycle, the number of responses at which its live results, a
 *     snapshot, are counted again ({@link LiveSnapshots}); null for a draft or closed cycle
 */
public record CycleResults(
    long cycleId,
    String surveyCode,
    String surveyName,
    String cycle,
    CycleStatus status,
    long responses,
    long invitations,
    OptionalDouble responseRate,
    int minGroupSize,
    Integer populationSize,
    boolean stratified,
    List<ItemResult> items,
    List<PriorityResult> priorities,
    Long liveRefreshAt) {

  public CycleResults {
    items = List.copyOf(items);
    priorities = List.copyOf(priorities);
  }

  /** An open cycle's results: a snapshot, without breakdowns or stratified estimates. */
  public boolean live() {
    return status == CycleStatus.OPEN;
  }

  public Optional<ItemResult> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }
}
