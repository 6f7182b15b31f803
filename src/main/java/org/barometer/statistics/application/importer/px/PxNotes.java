package org.barometer.statistics.application.importer.px;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.px.PxScanner.Entry;

/**
 * The notes: NOTEX/NOTE on the table and per variable, the meaning of DATASYMBOL1-6/NIL when it
 * differs from the symbol, and CELLNOTEX/CELLNOTE/DATANOTECELL on cells. {@link #join} also joins
 * VALUENOTEX/VALUENOTE for the categories.
 */
final class PxNotes {

  private static final String[][] SYMBOL_KEYWORDS = {
    {"DATASYMBOL1", "."},
    {"DATASYMBOL2", ".."},
    {"DATASYMBOL3", "..."},
    {"DATASYMBOL4", "...."},
    {"DATASYMBOL5", "....."},
    {"DATASYMBOL6", "......"},
    {"DATASYMBOLNIL", "-"},
  };

  private final PxKeywords keywords;
  private final String fileName;
  private final String defaultLang;
  private final String lang; // null when the default language is used

  PxNotes(PxKeywords keywords) {
    this.keywords = keywords;
    this.fileName = keywords.fileName();
    this.defaultLang = keywords.defaultLang();
    this.lang = keywords.lang();
  }

  /** The texts of the entries that have one, one a line; null when none has. */
  static String join(Entry... notes) {
    StringBuilder sb = new StringBuilder();
    for (Entry e : notes) {
      if (e != null && !e.values().isEmpty()) {
        if (!sb.isEmpty()) {
          sb.append('\n');
        }
        sb.append(e.text());
      }
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  /** The dataset's notes: the table's, then each variable's as "variable: note", then symbols. */
  List<String> notes(List<String> defaultNames, List<String> names) {
    List<String> notes = new ArrayList<>();
    for (String keyword : List.of("NOTEX", "NOTE")) {
      Entry e = keywords.get(keyword);
      if (e != null && !e.values().isEmpty()) {
        notes.add(e.text());
      }
    }
    for (int v = 0; v < defaultNames.size(); v++) {
      String note =
          join(
              keywords.get(
                  "NOTEX", new String[] {names.get(v)}, new String[] {defaultNames.get(v)}),
              keywords.get(
                  "NOTE", new String[] {names.get(v)}, new String[] {defaultNames.get(v)}));
      if (note != null) {
        notes.add(names.get(v) + ": " + note);
      }
    }
    for (String[] symbol : SYMBOL_KEYWORDS) {
      String meaning = keywords.text(symbol[0]);
      if (meaning != null && !meaning.equals(symbol[1])) {
        notes.add("\"" + symbol[1] + "\" = " + meaning);
      }
    }
    return notes;
  }

  /**
   * CELLNOTEX/CELLNOTE in the chosen language (the default language's when it has none) and
   * DATANOTECELL, one value (or "*") per variable in STUB/HEADING order.
   */
  Map<Integer, String> cellNotes(List<Dimension> dimensions, List<List<String>> defaultValues)
      throws ImportException {
    int variables = defaultValues.size();
    String noteLang = lang;
    if (lang != null) {
      boolean any = false;
      for (Entry e : keywords.entries()) {
        if (lang.equals(e.lang())
            && (e.keyword().equals("CELLNOTE") || e.keyword().equals("CELLNOTEX"))) {
          any = true;
          break;
        }
      }
      noteLang = any ? lang : null;
    }
    Map<Integer, String> notes = new LinkedHashMap<>();
    long assigned = 0;
    for (Entry e : keywords.entries()) {
      boolean cellNote = e.keyword().equals("CELLNOTE") || e.keyword().equals("CELLNOTEX");
      boolean dataNote = e.keyword().equals("DATANOTECELL");
      if (!cellNote && !dataNote) {
        continue;
      }
      String entryLang = e.lang() != null && e.lang().equals(defaultLang) ? null : e.lang();
      boolean wanted =
          cellNote
              ? equalsNullable(entryLang, noteLang)
              : entryLang == null || entryLang.equals(lang);
      if (!wanted) {
        continue;
      }
      String where = "keyword " + e.keyword() + " (line " + e.line() + ")";
      if (e.subkeys().size() != variables) {
        throw new ImportException(
            fileName,
            where,
            "names "
                + e.subkeys().size()
                + " values, but the table has "
                + variables
                + " variables");
      }
      int[][] matches = new int[variables][];
      long combinations = 1;
      boolean matched = true;
      for (int v = 0; v < variables; v++) {
        String want = e.subkeys().get(v);
        Dimension d = dimensions.get(v);
        if (want.equals("*")) {
          matches[v] = null;
          combinations *= d.categories().size();
        } else {
          int position = -1;
          for (int j = 0; j < d.categories().size() && position < 0; j++) {
            Category c = d.categories().get(j);
            if (want.equals(c.label())
                || want.equals(c.code())
                || want.equals(defaultValues.get(v).get(j))) {
              position = j;
            }
          }
          if (position < 0) {
            matched = false; // a note on a value the table does not have: nothing to attach
            break;
          }
          matches[v] = new int[] {position};
        }
      }
      if (!matched) {
        continue;
      }
      assigned += combinations;
      if (assigned > PxParser.MAX_CELLS) {
        throw new ImportException(
            fileName, where, "cell notes cover more than " + PxParser.MAX_CELLS + " cells in all");
      }
      String text = e.text();
      int[] positions = new int[variables];
      attach(dimensions, matches, positions, 0, 0, text, notes);
    }
    return notes;
  }

  private static boolean equalsNullable(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static void attach(
      List<Dimension> dimensions,
      int[][] matches,
      int[] positions,
      int v,
      int index,
      String text,
      Map<Integer, String> notes) {
    if (v == matches.length) {
      // the implicit measure dimension, when appended, has size 1 and adds nothing to the index
      notes.merge(index, text, (a, b) -> a.equals(b) ? a : a + "\n" + b);
      return;
    }
    int size = dimensions.get(v).categories().size();
    int[] options = matches[v];
    if (options == null) {
      for (int j = 0; j < size; j++) {
        attach(dimensions, matches, positions, v + 1, index * size + j, text, notes);
      }
    } else {
      attach(dimensions, matches, positions, v + 1, index * size + options[0], text, notes);
    }
  }
}
