package org.barometer.platform.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of a YAML mapping, already checked for duplicate and (if asked) unknown keys, with
 * cursors that remember their path for error messages.
 */
public final class YamlMapping<E extends Exception> {

  private final YamlCursor<E> self;
  private final Map<String, YamlCursor<E>> keys;
  private final Map<String, YamlCursor<E>> values;

  YamlMapping(
      YamlCursor<E> self, Map<String, YamlCursor<E>> keys, Map<String, YamlCursor<E>> values) {
    this.self = self;
    this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Optional<YamlCursor<E>> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public YamlCursor<E> require(String key) throws E {
    YamlCursor<E> value = values.get(key);
    if (value == null) {
      throw self.fail("missing required key '" + key + "'");
    }
    return value;
  }

  /** The key itself, to point at it when the key should not be there at all. */
  public YamlCursor<E> key(String key) {
    return keys.get(key);
  }

  /** Key → value, in file order. */
  public Map<String, YamlCursor<E>> values() {
    return values;
  }

  public YamlCursor<E> self() {
    return self;
  }
}
