package org.barometer.analysis.interfaces.web;

import java.util.List;

/** A priority matrix: its chart and, for those who cannot see it, the table of factors. */
public record PriorityView(String title, String chartUrl, List<FactorRow> factors) {

  /** A factor's score, impact and the quadrant it falls in, in words. */
  public record FactorRow(String factor, String score, String impact, String quadrant) {}
}
