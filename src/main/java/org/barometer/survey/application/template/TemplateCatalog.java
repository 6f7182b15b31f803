package org.barometer.survey.application.template;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The available questionnaire templates: code → version → template. Every version is kept, since
 * staff compare and restart older versions, while new cycles normally start from {@link #latest}.
 */
public final class TemplateCatalog {

  private static final TemplateCatalog EMPTY = new TemplateCatalog(List.of());

  private final Map<String, NavigableMap<Integer, LoadedTemplate>> byCode;

  private TemplateCatalog(Collection<LoadedTemplate> templates) {
    Map<String, NavigableMap<Integer, LoadedTemplate>> map = new TreeMap<>();
    for (LoadedTemplate loaded : templates) {
      LoadedTemplate previous =
          map.computeIfAbsent(loaded.code(), k -> new TreeMap<>()).put(loaded.version(), loaded);
      if (previous != null) {
        throw new IllegalArgumentException(
            loaded.code()
                + " v"
                + loaded.version()
                + " given twice: "
                + previous.fileName()
                + " and "
                + loaded.fileName());
      }
    }
    map.replaceAll((code, versions) -> Collections.unmodifiableNavigableMap(versions));
    this.byCode = Collections.unmodifiableMap(map);
  }

  /**
   * Reads every {@code *.yaml} and {@code *.yml} file directly in {@code dir}. Never throws for a
   * bad file or folder; see {@link CatalogLoad}.
   */
  public static CatalogLoad load(Path dir) {
    return new CatalogLoader(new TemplateParser()).load(dir);
  }

  /** A catalog of the given templates; a (code, version) given twice is a programming error. */
  public static TemplateCatalog of(Collection<LoadedTemplate> templates) {
    return templates.isEmpty() ? EMPTY : new TemplateCatalog(templates);
  }

  public static TemplateCatalog empty() {
    return EMPTY;
  }

  /** Template codes, sorted. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  /** The highest version of a template. */
  public Optional<LoadedTemplate> latest(String code) {
    NavigableMap<Integer, LoadedTemplate> versions = byCode.get(code);
    return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
  }

  public Optional<LoadedTemplate> get(String code, int version) {
    NavigableMap<Integer, LoadedTemplate> versions = byCode.get(code);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  /** All versions of a template, oldest first. */
  public List<LoadedTemplate> versions(String code) {
    NavigableMap<Integer, LoadedTemplate> versions = byCode.get(code);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  /** Every template, by code and then version. */
  public List<LoadedTemplate> all() {
    return byCode.values().stream().flatMap(v -> v.values().stream()).toList();
  }

  public boolean isEmpty() {
    return byCode.isEmpty();
  }
}
