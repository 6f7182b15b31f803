package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * R's figures from {@code analysis/api-reference.out} ("key words : figure value ..."), and the
 * tally of an API's figures compared with them: every figure must agree to 1e-9 (absolute), and the
 * largest difference of each kind of figure is kept for the report.
 */
final class RReference {

  static final double TOLERANCE = 1e-9;

  private final Map<String, Map<String, Double>> figures = new HashMap<>();
  private final Map<String, Double> worst = new TreeMap<>();
  private final List<String> disagreements = new ArrayList<>();
  private int compared;

  static RReference read(String resource) throws IOException {
    RReference reference = new RReference();
    try (InputStream in = RReference.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the test class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] halves = line.split(" : ", 2);
        String[] words = halves[1].trim().split(" +");
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) {
          values.put(words[i], words[i + 1].equals("NA") ? Double.NaN : parse(words[i + 1]));
        }
        reference.figures.put(halves[0].trim(), values);
      }
    }
    return reference;
  }

  private static double parse(String word) {
    return Double.parseDouble(word.replace("Inf", "Infinity"));
  }

  /** R's figures under this key, if R printed any. */
  Optional<Map<String, Double>> get(String key) {
    return Optional.ofNullable(figures.get(key));
  }

  /** R's figures under this key, which R must have printed. */
  Map<String, Double> require(String key) {
    Map<String, Double> found = figures.get(key);
    assertTrue(found != null, "R printed no figures for '" + key + "'");
    return found;
  }

  /**
   * Compares the API's figures with R's under one key: each pair names the API's field (a path
   * through nested objects with '.') and R's figure.
   */
  void compare(String key, JsonObject api, String... apiAndR) {
    Map<String, Double> r = require(key);
    for (int i = 0; i < apiAndR.length; i += 2) {
      Optional<Double> value = number(api, apiAndR[i]);
      String figure = apiAndR[i + 1];
      Double expected = r.get(figure);
      if (value.isEmpty() || expected == null) {
        disagreements.add(key + " " + figure + ": API " + value + ", R " + expected);
        continue;
      }
      agree(key, figure, expected, value.get());
    }
  }

  /** Records one figure of the API against R's value. */
  void agree(String key, String figure, double expected, double actual) {
    compared++;
    double difference = Math.abs(expected - actual);
    worst.merge(figure, difference, Math::max);
    if (!(difference <= TOLERANCE)) {
      disagreements.add(key + " " + figure + ": API " + actual + ", R " + expected);
    }
  }

  static Optional<Double> number(JsonObject object, String path) {
    JsonObject at = object;
    String[] steps = path.split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      if (at == null || !at.containsKey(steps[i]) || at.isNull(steps[i])) {
        return Optional.empty();
      }
      at = at.getJsonObject(steps[i]);
    }
    String last = steps[steps.length - 1];
    if (at == null || !at.containsKey(last) || !(at.get(last) instanceof JsonNumber n)) {
      return Optional.empty();
    }
    return Optional.of(n.doubleValue());
  }

  int compared() {
    return compared;
  }

  List<String> disagreements() {
    return disagreements;
  }

  /** "figure: largest difference" of every kind of figure compared. */
  String report() {
    StringBuilder text = new StringBuilder();
    worst.forEach((figure, d) -> text.append(String.format("%s %.3g; ", figure, d)));
    return compared + " figures; largest |API − R| by figure: " + text;
  }
}
