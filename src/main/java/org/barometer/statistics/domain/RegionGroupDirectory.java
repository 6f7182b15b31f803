package org.barometer.statistics.domain;

import java.util.List;
import java.util.Optional;

/**
 * The region groups a comparison can use: those shipped with Barometer (ASSS, Vestfold og Grenland,
 * the Gothenburg region, the KOSTRA groups) and those the office defines ("the competing regions").
 * A defined group may not take a shipped group's code.
 */
public interface RegionGroupDirectory {

  /** Shipped groups first, in the shipped order, then the defined ones by code. */
  List<RegionGroup> all();

  Optional<RegionGroup> group(String code);

  /**
   * Creates or replaces a defined group.
   *
   * @throws IllegalArgumentException when the code is a shipped group's or the group is not of kind
   *     {@link RegionGroup.Kind#USER}
   */
  void define(RegionGroup group);

  /** Removes a defined group; false when there was none by that code. */
  boolean remove(String code);
}
