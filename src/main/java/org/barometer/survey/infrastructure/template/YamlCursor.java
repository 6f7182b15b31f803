package org.barometer.survey.infrastructure.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.barometer.platform.i18n.LocalizedText;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node with its file and path, reading values strictly. Working on SnakeYAML's node tree
 * rather than on loaded maps is what lets every error carry a line, a column and a path; reading
 * every scalar as text also avoids YAML 1.1 surprises such as {@code no} turning into false.
 */
final class YamlCursor {

  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,15}(\\.\\d{1,10})?");

  private final String fileName;
  private final Node node;
  private final String path;

  YamlCursor(String fileName, Node node, String path) {
    this.fileName = fileName;
    this.node = node;
    this.path = path;
  }

  String path() {
    return path;
  }

  int line() {
    return node.getStartMark().getLine() + 1;
  }

  TemplateException fail(String problem) {
    Mark mark = node.getStartMark();
    return new TemplateException(fileName, mark.getLine() + 1, mark.getColumn() + 1, path, problem);
  }

  /** A mapping whose keys must all be among {@code allowed}. */
  YamlMapping mapping(String... allowed) throws TemplateException {
    YamlMapping mapping = anyMapping();
    Set<String> known = Set.of(allowed);
    for (Map.Entry<String, YamlCursor> entry : mapping.values().entrySet()) {
      if (!known.contains(entry.getKey())) {
        throw mapping.key(entry.getKey()).fail(unknownKey(entry.getKey(), allowed));
      }
    }
    return mapping;
  }

  /** A mapping with any keys (such as index weights keyed by question code). */
  YamlMapping anyMapping() throws TemplateException {
    if (!(node instanceof MappingNode map)) {
      throw fail("must be a mapping of 'key: value' lines, was " + describe());
    }
    Map<String, YamlCursor> keys = new LinkedHashMap<>();
    Map<String, YamlCursor> values = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      YamlCursor keyCursor = new YamlCursor(fileName, tuple.getKeyNode(), path);
      String key = keyCursor.scalar();
      String childPath = path.isEmpty() ? key : path + "." + key;
      YamlCursor keyAt = new YamlCursor(fileName, tuple.getKeyNode(), childPath);
      if (keys.containsKey(key)) {
        throw keyAt.fail(
            "duplicate key '" + key + "' (first given at line " + keys.get(key).line() + ")");
      }
      keys.put(key, keyAt);
      values.put(key, new YamlCursor(fileName, tuple.getValueNode(), childPath));
    }
    return new YamlMapping(this, keys, values);
  }

  /** The items of a list, each with its index in the path. */
  List<YamlCursor> list(boolean nonEmpty) throws TemplateException {
    if (!(node instanceof SequenceNode sequence)) {
      throw fail("must be a list of '- ' items, was " + describe());
    }
    List<YamlCursor> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new YamlCursor(fileName, item, path + "[" + items.size() + "]"));
    }
    if (nonEmpty && items.isEmpty()) {
      throw fail("must not be an empty list");
    }
    return items;
  }

  /** A single non-empty value, as written. */
  String scalar() throws TemplateException {
    if (!(node instanceof ScalarNode scalar)) {
      throw fail("must be a single value, was " + describe());
    }
    if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
      throw fail("has no value");
    }
    return scalar.getValue().strip();
  }

  int integer(int min, int max) throws TemplateException {
    String value = scalar();
    if (INTEGER.matcher(value).matches()) {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    }
    throw fail("must be an integer from " + min + " to " + max + ", was " + quote(value));
  }

  double decimal() throws TemplateException {
    String value = scalar();
    if (!DECIMAL.matcher(value).matches()) {
      throw fail("must be a number such as 10 or 0.5, was " + quote(value));
    }
    return Double.parseDouble(value);
  }

  boolean bool() throws TemplateException {
    String value = scalar();
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw fail("must be true or false, was " + quote(value));
    };
  }

  String code(Pattern pattern, String rule) throws TemplateException {
    String value = scalar();
    if (!pattern.matcher(value).matches()) {
      throw fail(rule + ", was " + quote(value));
    }
    return value;
  }

  /** One of the constants of {@code type}, written in lower case. */
  <E extends Enum<E>> E choice(Class<E> type) throws TemplateException {
    String value = scalar();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw fail("must be one of " + allowed + ", was " + quote(value));
  }

  /** A text in all three languages: a mapping with nb, sv and en, none of them empty. */
  LocalizedText text() throws TemplateException {
    YamlMapping texts = mapping("nb", "sv", "en");
    String[] values = new String[3];
    String[] languages = {"nb", "sv", "en"};
    for (int i = 0; i < 3; i++) {
      if (!texts.has(languages[i])) {
        throw fail("missing the " + languages[i] + " text; every text needs nb, sv and en");
      }
      values[i] = texts.require(languages[i]).scalar();
    }
    return new LocalizedText(values[0], values[1], values[2]);
  }

  private String describe() {
    if (node instanceof ScalarNode scalar) {
      return scalar.getTag().equals(Tag.NULL) ? "empty" : quote(scalar.getValue());
    }
    return node instanceof SequenceNode ? "a list" : "a mapping";
  }

  static String quote(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    return "\"" + shown + "\"";
  }

  private static String unknownKey(String key, String[] allowed) {
    String hint = "";
    for (String candidate : allowed) {
      if (distance(key, candidate) <= 2) {
        hint = " (did you mean '" + candidate + "'?)";
        break;
      }
    }
    return "unknown key '" + key + "'" + hint + "; allowed here: " + String.join(", ", allowed);
  }

  /** Levenshtein distance, to suggest the key a typo was meant to be. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
