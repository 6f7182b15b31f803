package org.barometer.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Valid Norwegian organisation numbers for a generated register: 9 digits, the last a modulus-11
 * check digit with weights 3, 2, 7, 6, 5, 4, 3, 2 (remainder 0 gives 0; remainder 1 has no check
 * digit, so such bases are skipped; otherwise 11 minus the remainder). The same numbers come out on
 * every run, so repeated runs update the same businesses instead of growing the register.
 */
final class OrgNumbers {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  /** Where the 8-digit bases start: real numbers begin with 8 or 9. */
  private static final int FIRST_BASE = 90_000_000;

  private OrgNumbers() {}

  /** The first {@code count} valid numbers from the benchmark's range. */
  static List<String> first(int count) {
    List<String> numbers = new ArrayList<>(count);
    for (int base = FIRST_BASE; numbers.size() < count; base++) {
      int check = checkDigit(Integer.toString(base));
      if (check >= 0) {
        numbers.add(base + Integer.toString(check));
      }
    }
    return numbers;
  }

  /** The check digit for 8 digits, or -1 when there is none (remainder 1). */
  static int checkDigit(String eightDigits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      return -1;
    }
    return remainder == 0 ? 0 : 11 - remainder;
  }
}
