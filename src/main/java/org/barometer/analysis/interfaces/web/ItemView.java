package org.barometer.analysis.interfaces.web;

import java.util.List;

/**
 * One question or index as the results page shows it: the headline figure with its interval, the
 * figures a statistician looks for, the distribution as a chart with its table and text
 * alternative, and the breakdowns. Everything already formatted for the reader's language.
 *
 * @param shown false when the item has too few answers to show anything
 * @param chartUrl the distribution chart, or null for an index (it has no answer options)
 * @param trendUrl the page of the item's trend over the cycles
 */
public record ItemView(
    String code,
    String text,
    boolean index,
    boolean shown,
    String mean,
    String interval,
    String n,
    String median,
    String quartiles,
    String topBox,
    String dontKnow,
    String stratifiedMean,
    String stratifiedInterval,
    String chartUrl,
    String chartAlt,
    String trendUrl,
    List<ShareRow> shares,
    List<BreakdownView> breakdowns) {

  public boolean stratified() {
    return stratifiedMean != null;
  }
}
