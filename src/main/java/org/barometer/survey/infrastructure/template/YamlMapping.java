package org.barometer.survey.infrastructure.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of a YAML mapping, already checked for duplicate and (if asked) unknown keys, with
 * cursors that remember their path for error messages.
 */
final class YamlMapping {

  private final YamlCursor self;
  private final Map<String, YamlCursor> keys;
  private final Map<String, YamlCursor> values;

  YamlMapping(YamlCursor self, Map<String, YamlCursor> keys, Map<String, YamlCursor> values) {
    this.self = self;
    this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  Optional<YamlCursor> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  YamlCursor require(String key) throws TemplateException {
    YamlCursor value = values.get(key);
    if (value == null) {
      throw self.fail("missing required key '" + key + "'");
    }
    return value;
  }

  /** The key itself, to point at it when the key should not be there at all. */
  YamlCursor key(String key) {
    return keys.get(key);
  }

  /** Key → value, in file order. */
  Map<String, YamlCursor> values() {
    return values;
  }

  YamlCursor self() {
    return self;
  }
}
