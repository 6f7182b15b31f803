package org.barometer.platform.yaml;

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
 *
 * <p>Shared by every file format staff write by hand (questionnaire templates, plan files), so each
 * reports problems the same way. The exception type is the reader's own ({@code E}), made by the
 * {@link Failure} it passes to {@link #root}, so a template reader still throws its {@code
 * TemplateException} and a plan reader its own.
 *
 * @param <E> the exception a problem becomes
 */
public final class YamlCursor<E extends Exception> {

  /** Makes the reader's exception from where and what the problem is. */
  @FunctionalInterface
  public interface Failure<E extends Exception> {
    /**
     * @param line 1-based, 0 for the whole file
     * @param column 1-based, 0 for the whole file
     * @param path such as {@code goals[0].indicators[2].target}; empty for the whole file
     */
    E at(String fileName, int line, int column, String path, String problem);
  }

  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,15}(\\.\\d{1,10})?");

  private final String fileName;
  private final Node node;
  private final String path;
  private final Failure<E> failure;

  private YamlCursor(String fileName, Node node, String path, Failure<E> failure) {
    this.fileName = fileName;
    this.node = node;
    this.path = path;
    this.failure = failure;
  }

  /** The cursor at a document's root node (see {@link YamlDocuments#compose}). */
  public static <E extends Exception> YamlCursor<E> root(
      String fileName, Node node, Failure<E> failure) {
    return new YamlCursor<>(fileName, node, "", failure);
  }

  private YamlCursor<E> child(Node child, String childPath) {
    return new YamlCursor<>(fileName, child, childPath, failure);
  }

  public String path() {
    return path;
  }

  public int line() {
    return node.getStartMark().getLine() + 1;
  }

  /** The reader's exception for a problem at this node. */
  public E fail(String problem) {
    Mark mark = node.getStartMark();
    return failure.at(fileName, mark.getLine() + 1, mark.getColumn() + 1, path, problem);
  }

  /** Whether the node is an explicit empty value ({@code ~}, {@code null} or nothing). */
  public boolean isNull() {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  /** Whether the node is a list. */
  public boolean isList() {
    return node instanceof SequenceNode;
  }

  /** Whether the node is a mapping. */
  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  /** A mapping whose keys must all be among {@code allowed}. */
  public YamlMapping<E> mapping(String... allowed) throws E {
    YamlMapping<E> mapping = anyMapping();
    Set<String> known = Set.of(allowed);
    for (Map.Entry<String, YamlCursor<E>> entry : mapping.values().entrySet()) {
      if (!known.contains(entry.getKey())) {
        throw mapping.key(entry.getKey()).fail(unknownKey(entry.getKey(), allowed));
      }
    }
    return mapping;
  }

  /** A mapping with any keys (such as index weights keyed by question code). */
  public YamlMapping<E> anyMapping() throws E {
    if (!(node instanceof MappingNode map)) {
      throw fail("must be a mapping of 'key: value' lines, was " + describe());
    }
    Map<String, YamlCursor<E>> keys = new LinkedHashMap<>();
    Map<String, YamlCursor<E>> values = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      YamlCursor<E> keyCursor = child(tuple.getKeyNode(), path);
      String key = keyCursor.scalar();
      String childPath = path.isEmpty() ? key : path + "." + key;
      YamlCursor<E> keyAt = child(tuple.getKeyNode(), childPath);
      if (keys.containsKey(key)) {
        throw keyAt.fail(
            "duplicate key '" + key + "' (first given at line " + keys.get(key).line() + ")");
      }
      keys.put(key, keyAt);
      values.put(key, child(tuple.getValueNode(), childPath));
    }
    return new YamlMapping<>(this, keys, values);
  }

  /** The items of a list, each with its index in the path. */
  public List<YamlCursor<E>> list(boolean nonEmpty) throws E {
    if (!(node instanceof SequenceNode sequence)) {
      throw fail("must be a list of '- ' items, was " + describe());
    }
    List<YamlCursor<E>> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(child(item, path + "[" + items.size() + "]"));
    }
    if (nonEmpty && items.isEmpty()) {
      throw fail("must not be an empty list");
    }
    return items;
  }

  /** A single non-empty value, as written. */
  public String scalar() throws E {
    if (!(node instanceof ScalarNode scalar)) {
      throw fail("must be a single value, was " + describe());
    }
    if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
      throw fail("has no value");
    }
    return scalar.getValue().strip();
  }

  public int integer(int min, int max) throws E {
    String value = scalar();
    if (INTEGER.matcher(value).matches()) {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    }
    throw fail("must be an integer from " + min + " to " + max + ", was " + quote(value));
  }

  public double decimal() throws E {
    String value = scalar();
    if (!DECIMAL.matcher(value).matches()) {
      throw fail("must be a number such as 10 or 0.5, was " + quote(value));
    }
    return Double.parseDouble(value);
  }

  public boolean bool() throws E {
    String value = scalar();
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw fail("must be true or false, was " + quote(value));
    };
  }

  public String code(Pattern pattern, String rule) throws E {
    String value = scalar();
    if (!pattern.matcher(value).matches()) {
      throw fail(rule + ", was " + quote(value));
    }
    return value;
  }

  /** One of the constants of {@code type}, written in lower case. */
  public <C extends Enum<C>> C choice(Class<C> type) throws E {
    String value = scalar();
    for (C constant : type.getEnumConstants()) {
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
  public LocalizedText text() throws E {
    YamlMapping<E> texts = mapping("nb", "sv", "en");
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

  public static String quote(String value) {
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
