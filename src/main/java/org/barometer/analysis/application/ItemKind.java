package org.barometer.analysis.application;

/** What an item of the results is: a question of one of these types, or an index. */
public enum ItemKind {
  SCALE,
  NUMBER,
  SINGLE,
  MULTIPLE,
  INDEX;

  /** Whether the item has a mean and the other figures of a {@code Summary}. */
  public boolean numeric() {
    return this == SCALE || this == NUMBER || this == INDEX;
  }
}
