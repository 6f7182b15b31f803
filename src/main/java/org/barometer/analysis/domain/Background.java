package org.barometer.analysis.domain;

import org.barometer.survey.domain.template.BackgroundKind;

/**
 * What a respondent said about the business in the background questions: the NACE section, the size
 * class and the years in the municipality, each null where not answered (or not asked). It places
 * every answer in a breakdown group and, through industry × size, in a stratum.
 */
public record Background(String industry, String size, String years) {

  public static final Background NONE = new Background(null, null, null);

  /** The answer to the background question of this kind, or null. */
  public String of(BackgroundKind kind) {
    return switch (kind) {
      case INDUSTRY -> industry;
      case SIZE -> size;
      case YEARS -> years;
    };
  }
}
