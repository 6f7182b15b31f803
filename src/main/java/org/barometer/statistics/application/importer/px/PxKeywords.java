package org.barometer.statistics.application.importer.px;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.px.PxScanner.Entry;

/**
 * The header's keyword entries, looked up by keyword, language and subkeys. LANGUAGE is the default
 * language; the caller's language is chosen when LANGUAGES lists it. A lookup in the chosen
 * language falls back to the default language's entry.
 */
final class PxKeywords {

  private final String fileName;
  private final Map<String, Entry> index = new HashMap<>();
  private final List<Entry> entries;
  private final String defaultLang;
  private final String lang; // null when the default language is used

  PxKeywords(String fileName, List<Entry> entries, String requested) {
    this.fileName = fileName;
    this.entries = entries;
    for (Entry e : entries) {
      index.putIfAbsent(key(e.keyword(), e.lang(), e.subkeys()), e);
    }
    Entry language = find("LANGUAGE", null);
    this.defaultLang =
        language == null || language.first() == null
            ? null
            : language.first().trim().toLowerCase(Locale.ROOT);
    String chosen = null;
    if (requested != null && !requested.equalsIgnoreCase(defaultLang)) {
      Entry languages = find("LANGUAGES", null);
      if (languages != null) {
        for (String l : languages.values()) {
          if (l.trim().equalsIgnoreCase(requested.trim())) {
            chosen = l.trim().toLowerCase(Locale.ROOT);
          }
        }
      }
    }
    this.lang = chosen;
  }

  String fileName() {
    return fileName;
  }

  /** All header entries, in file order. */
  List<Entry> entries() {
    return entries;
  }

  /** LANGUAGE in lower case; null when the file does not say. */
  String defaultLang() {
    return defaultLang;
  }

  /** The chosen language in lower case; null when the default language is used. */
  String lang() {
    return lang;
  }

  private static String key(String keyword, String lang, List<String> subkeys) {
    return keyword + "[" + (lang == null ? "" : lang) + "]" + String.join("\u0000", subkeys);
  }

  /** An entry in exactly this language (null: the default, also when written as [default]). */
  Entry find(String keyword, String lang, String... subkeys) {
    Entry e = index.get(key(keyword, lang, List.of(subkeys)));
    if (e == null && lang == null && defaultLang != null) {
      e = index.get(key(keyword, defaultLang, List.of(subkeys)));
    }
    return e;
  }

  /** In the chosen language with its subkeys, else in the default language with its subkeys. */
  Entry get(String keyword, String[] langSubkeys, String[] defaultSubkeys) {
    if (lang != null) {
      Entry e = find(keyword, lang, langSubkeys);
      if (e != null) {
        return e;
      }
    }
    return find(keyword, null, defaultSubkeys);
  }

  Entry get(String keyword) {
    return get(keyword, new String[0], new String[0]);
  }

  String text(String keyword) {
    Entry e = get(keyword);
    return e == null || e.values().isEmpty() ? null : e.text();
  }

  String title() {
    String title = text("TITLE");
    return title != null ? title : text("DESCRIPTION");
  }

  /**
   * The variable names of STUB or HEADING in the chosen language; a translation must name as many
   * variables as the default language.
   */
  List<String> variables(String keyword) throws ImportException {
    Entry def = find(keyword, null);
    List<String> names = def == null ? List.of() : def.values();
    if (lang != null) {
      Entry translated = find(keyword, lang);
      if (translated != null) {
        if (translated.values().size() != names.size()) {
          throw new ImportException(
              fileName,
              "keyword " + keyword + "[" + lang + "]",
              "names "
                  + translated.values().size()
                  + " variables, but "
                  + keyword
                  + " names "
                  + names.size());
        }
        return translated.values();
      }
    }
    return names;
  }
}
