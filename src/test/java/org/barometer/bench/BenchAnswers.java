package org.barometer.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete answer to {@code bench-30.yaml}: 25 scale answers (now and then "don't know"), four
 * single choices and a short text, varied by submission number so rows are not all alike.
 */
final class BenchAnswers {

  private static final String[] INDUSTRIES = {"C", "F", "G", "M"};
  private static final String[] SIZES = {"0-4", "5-19", "20-99", "100+"};
  private static final String[] YEARS = {"0-2", "3-9", "10+"};

  private BenchAnswers() {}

  static Map<String, List<String>> answers(int n) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (int q = 1; q <= 25; q++) {
      int v = (n * 7 + q * 3) % 13;
      answers.put(String.format("q%02d", q), List.of(v == 12 ? "dontknow" : 1 + v % 6 + ""));
    }
    answers.put("recommend", List.of(n % 3 == 0 ? "no" : "yes"));
    answers.put("industry", List.of(INDUSTRIES[n % INDUSTRIES.length]));
    answers.put("size", List.of(SIZES[(n / 4) % SIZES.length]));
    answers.put("years", List.of(YEARS[n % YEARS.length]));
    answers.put("comments", List.of("Raskere byggesaker, takk (" + n + ")"));
    return answers;
  }

  /** The body of {@code POST /api/responses}. Only digits, letters and plain text: no escaping. */
  static String submission(String token, int n) {
    StringBuilder json = new StringBuilder(900).append("{\"token\":\"").append(token);
    json.append("\",\"answers\":{");
    boolean first = true;
    for (var e : answers(n).entrySet()) {
      json.append(first ? "" : ",").append('"').append(e.getKey()).append("\":[\"");
      json.append(e.getValue().get(0)).append("\"]");
      first = false;
    }
    return json.append("}}").toString();
  }
}
