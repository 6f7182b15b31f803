package org.barometer.analysis.application;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.barometer.analysis.domain.Visibility;
import org.barometer.platform.i18n.Language;

/**
 * The published figures as a JSON-stat 2.0 dataset, the format Barometer's own statistics import
 * reads ({@code statistics.application.importer.jsonstat}), so a region or a statistics office can
 * load them like any office's table. Three dimensions, the last varying fastest: {@code item} (the
 * indices, then the main questions), {@code cycle} (role time: the closed cycles up to the
 * published one) and {@code measure} (role metric: estimate, lower and upper bound of the 95 %
 * interval, n).
 *
 * <p>A suppressed figure is {@code null} with status {@code ":"} (confidential), and the dataset's
 * note says why; a cycle that did not ask the item, or a figure that does not exist (no interval
 * from one answer), is {@code null} with status {@code ".."}. There is no region dimension: the
 * figures are the municipality's own survey, so an import maps the table to the office's country or
 * the importer names the region.
 */
public final class JsonStatResults {

  static final List<String> MEASURES = List.of("estimate", "lower", "upper", "n");
  static final String SUPPRESSED = ":";
  static final String MISSING = "..";

  private JsonStatResults() {}

  /** The table code a later import finds the table again by: {@code barometer-<survey>}. */
  public static String tableId(String surveyCode) {
    return "barometer-" + surveyCode;
  }

  public static String write(PublishedResults results, Language language) {
    List<ItemTrend> items = results.items();
    List<String> cycles = results.cycles();
    StringWriter out = new StringWriter();
    Map<Integer, String> status = new TreeMap<>();
    try (JsonGenerator json = Json.createGenerator(out)) {
      json.writeStartObject();
      json.write("version", "2.0");
      json.write("class", "dataset");
      json.write("label", results.surveyName() + " " + results.cycle());
      json.write("source", "Barometer");
      json.write("updated", results.publishedAt().toString());
      json.writeStartObject("extension").write("tableid", tableId(results.surveyCode()));
      json.write("survey", results.surveyCode()).write("cycle", results.cycle());
      json.write("language", language.tag()).writeEnd();
      json.writeStartArray("id").write("item").write("cycle").write("measure").writeEnd();
      json.writeStartArray("size")
          .write(items.size())
          .write(cycles.size())
          .write(MEASURES.size())
          .writeEnd();
      json.writeStartObject("role");
      json.writeStartArray("time").write("cycle").writeEnd();
      json.writeStartArray("metric").write("measure").writeEnd();
      json.writeEnd();
      writeDimensions(json, items, cycles, language);
      json.writeStartArray("value");
      int cell = 0;
      for (ItemTrend item : items) {
        for (String cycle : cycles) {
          Optional<TrendPoint> point = PublishedResults.point(item, cycle);
          for (String measure : MEASURES) {
            Optional<Double> value = point.flatMap(p -> value(p, measure));
            if (value.isPresent()) {
              json.write(value.get());
            } else {
              json.writeNull();
              status.put(cell, point.isPresent() && suppressed(point.get()) ? SUPPRESSED : MISSING);
            }
            cell++;
          }
        }
      }
      json.writeEnd();
      json.writeStartObject("status");
      status.forEach((index, symbol) -> json.write(Integer.toString(index), symbol));
      json.writeEnd();
      json.writeStartArray("note").write(Words.note(language, results.minGroupSize())).writeEnd();
      json.writeEnd();
    }
    return out.toString();
  }

  private static void writeDimensions(
      JsonGenerator json, List<ItemTrend> items, List<String> cycles, Language language) {
    json.writeStartObject("dimension");
    json.writeStartObject("item").write("label", Words.item(language));
    json.writeStartObject("category");
    json.writeStartArray("index");
    items.forEach(i -> json.write(i.code()));
    json.writeEnd();
    json.writeStartObject("label");
    items.forEach(i -> json.write(i.code(), i.text().in(language)));
    json.writeEnd().writeEnd().writeEnd();
    json.writeStartObject("cycle").write("label", Words.cycle(language));
    json.writeStartObject("category").writeStartArray("index");
    cycles.forEach(json::write);
    json.writeEnd().writeEnd().writeEnd();
    json.writeStartObject("measure").write("label", Words.measure(language));
    json.writeStartObject("category");
    json.writeStartArray("index");
    MEASURES.forEach(json::write);
    json.writeEnd();
    json.writeStartObject("label");
    MEASURES.forEach(m -> json.write(m, Words.measure(language, m)));
    json.writeEnd();
    json.writeStartObject("unit");
    for (String m : MEASURES) {
      json.writeStartObject(m).write("decimals", m.equals("n") ? 0 : 2);
      json.write("label", m.equals("n") ? "n" : "0-100").writeEnd();
    }
    json.writeEnd().writeEnd().writeEnd();
    json.writeEnd();
  }

  static boolean suppressed(TrendPoint point) {
    return point.visibility() != Visibility.SHOWN;
  }

  /** One measure of a point; empty when suppressed or when the figure does not exist. */
  static Optional<Double> value(TrendPoint point, String measure) {
    if (suppressed(point)) {
      return Optional.empty();
    }
    return switch (measure) {
      case "estimate" ->
          point.estimate().isPresent()
              ? Optional.of(point.estimate().getAsDouble())
              : Optional.empty();
      case "lower" -> point.interval().map(i -> i.lower());
      case "upper" -> point.interval().map(i -> i.upper());
      case "n" -> Optional.ofNullable(point.n()).map(Long::doubleValue);
      default -> throw new IllegalArgumentException(measure);
    };
  }

  /** The few words of the dataset, in its one language. */
  private static final class Words {

    static String item(Language l) {
      return pick(l, "Spørsmål eller indeks", "Fråga eller index", "Question or index");
    }

    static String cycle(Language l) {
      return pick(l, "Undersøkelse", "Undersökning", "Survey cycle");
    }

    static String measure(Language l) {
      return pick(l, "Mål", "Mått", "Measure");
    }

    static String measure(Language l, String m) {
      return switch (m) {
        case "estimate" -> pick(l, "Resultat", "Resultat", "Estimate");
        case "lower" ->
            pick(l, "Nedre grense (95 % KI)", "Nedre gräns (95 % KI)", "Lower bound (95 % CI)");
        case "upper" ->
            pick(l, "Øvre grense (95 % KI)", "Övre gräns (95 % KI)", "Upper bound (95 % CI)");
        default -> pick(l, "Antall svar", "Antal svar", "Number of answers");
      };
    }

    static String note(Language l, int min) {
      return pick(
          l,
          "Tall fra færre enn " + min + " svar vises ikke (status ':').",
          "Siffror från färre än " + min + " svar visas inte (status ':').",
          "Figures from fewer than " + min + " answers are suppressed (status ':').");
    }

    private static String pick(Language l, String nb, String sv, String en) {
      return switch (l) {
        case NB -> nb;
        case SV -> sv;
        default -> en;
      };
    }
  }
}
