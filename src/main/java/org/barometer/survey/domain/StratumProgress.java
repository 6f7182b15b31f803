package org.barometer.survey.domain;

/** How many businesses of one stratum were invited to a cycle, and how many have answered. */
public record StratumProgress(String industry, String sizeClass, long invited, long answered) {

  /** Answers per invitation, 0 when nobody was invited. */
  public double responseRate() {
    return invited == 0 ? 0 : (double) answered / invited;
  }
}
