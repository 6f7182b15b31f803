package org.barometer.survey.domain.register;

/**
 * A business's size band by number of employees.
 *
 * <p>The bands and their {@link #code() codes} are the options of the survey's background question
 * on company size, so a business invited from the register can be compared with the answer it gives
 * itself, and results can be broken down by size without asking.
 */
public enum SizeClass {
  S0_4("0-4", 0),
  S5_19("5-19", 5),
  S20_99("20-99", 20),
  S100_PLUS("100+", 100);

  private final String code;
  private final int minimumEmployees;

  SizeClass(String code, int minimumEmployees) {
    this.code = code;
    this.minimumEmployees = minimumEmployees;
  }

  /**
   * The band a number of employees falls in.
   *
   * @throws IllegalArgumentException if {@code employees} is negative
   */
  public static SizeClass of(int employees) {
    if (employees < 0) {
      throw new IllegalArgumentException(
          "the number of employees cannot be negative: " + employees);
    }
    SizeClass[] bands = values();
    for (int i = bands.length - 1; i > 0; i--) {
      if (employees >= bands[i].minimumEmployees) {
        return bands[i];
      }
    }
    return bands[0];
  }

  /** The option code of the survey's size question, e.g. "5-19" or "100+". */
  public String code() {
    return code;
  }
}
