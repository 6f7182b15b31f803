package org.barometer.statistics.application;

import org.barometer.shared.RegionCode;

/**
 * A region as stored: its canonical code and the name the latest file gave it.
 *
 * @param region the region
 * @param name its name, or null when no file named it
 */
public record RegionEntry(RegionCode region, String name) {

  /** The name, or the code when there is none. */
  public String label() {
    return name == null ? region.code() : name;
  }
}
