package org.barometer.statistics.importer.px;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.barometer.statistics.importer.Category;
import org.barometer.statistics.importer.Dataset;
import org.barometer.statistics.importer.DatasetParser;
import org.barometer.statistics.importer.Dimension;
import org.barometer.statistics.importer.DimensionRole;
import org.barometer.statistics.importer.ImportException;
import org.barometer.statistics.importer.Unit;
import org.barometer.statistics.importer.px.PxScanner.Entry;

/**
 * Reads a PC-Axis (PX) file into one {@link Dataset}.
 *
 * <ul>
 *   <li>Encoding: see {@link PxEncoding} (BOM, then CODEPAGE, then Windows-1252).
 *   <li>Languages: LANGUAGE is the default, LANGUAGES the others; {@code KEY[lang]} entries carry
 *       translations. The caller's language is used when the file has it, else the default. Since
 *       variable names differ per language, the Nth STUB/HEADING variable of a language is the Nth
 *       of the default language. A translation that is missing falls back to the default language.
 *   <li>Dimensions: STUB variables, then HEADING variables (the cell order: last heading variable
 *       fastest). Dimension id: VARIABLECODE, else the default-language variable name (stable
 *       across languages); label: the variable name in the chosen language. Category code: CODES,
 *       else the default-language VALUES text; label: VALUES in the chosen language. Time codes
 *       stay as written in CODES/VALUES ("2005M08"), not the TIMEVAL form ("200508").
 *   <li>Roles: TIMEVAL gives TIME; CONTVARIABLE gives METRIC, with per-content UNITS/DECIMALS;
 *       VARIABLE-TYPE="G", MAP, or a name such as region/kommun/kommune/kunta gives GEO. Without a
 *       CONTVARIABLE, a one-category METRIC dimension "ContentsCode" (code MATRIX, label CONTENTS,
 *       the table's UNITS/DECIMALS) is appended, so every dataset has its measure; it does not
 *       change the cell order.
 *   <li>Cells: numbers (quoted or not); any other quoted text, and bare dot runs or "-", is a
 *       missing cell (NaN) with that text as its status. "-" (nil) is kept as NaN with status "-",
 *       not as 0: the user decides in the mapping.
 *   <li>Notes: NOTEX/NOTE (table, then per variable as "variable: note"), the meaning of
 *       DATASYMBOL1-6/NIL/SUM when it differs from the symbol, VALUENOTEX/VALUENOTE on categories,
 *       CELLNOTEX/CELLNOTE ("*" wildcards; values matched by value text or code) and DATANOTECELL
 *       (its marker, e.g. "*") on cells.
 * </ul>
 *
 * <p>Limits: {@link #MAX_BYTES} per file, {@link #MAX_CELLS} cells, {@link PxScanner#MAX_LINE}
 * characters per line.
 */
public final class PxParser implements DatasetParser {

  public static final long MAX_BYTES = 100L * 1024 * 1024;
  public static final int MAX_CELLS = 5_000_000;

  private static final Pattern GEO_NAME =
      Pattern.compile(
          "(?i)region|kommun|kommune|kommuner|kunta|alue|municipality|municipalities|county|län|fylke");

  private static final String[][] SYMBOL_KEYWORDS = {
    {"DATASYMBOL1", "."},
    {"DATASYMBOL2", ".."},
    {"DATASYMBOL3", "..."},
    {"DATASYMBOL4", "...."},
    {"DATASYMBOL5", "....."},
    {"DATASYMBOL6", "......"},
    {"DATASYMBOLNIL", "-"},
  };

  @Override
  public List<Dataset> parse(String fileName, InputStream in, String language)
      throws ImportException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new ImportException(fileName, null, "the file could not be read: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new ImportException(
          fileName, null, "the file is larger than " + (MAX_BYTES >> 20) + " MB");
    }
    return List.of(parse(fileName, bytes, language));
  }

  Dataset parse(String fileName, byte[] bytes, String language) throws ImportException {
    String text = PxEncoding.decode(fileName, bytes);
    PxScanner scanner = new PxScanner(fileName, text);
    List<Entry> entries = scanner.readHeader();
    return new Builder(fileName, entries, language).build(scanner);
  }

  /** Turns the header entries and the cells into a dataset. */
  private static final class Builder {

    private final String fileName;
    private final Map<String, Entry> index = new HashMap<>();
    private final List<Entry> entries;
    private final String defaultLang;
    private final String lang; // null when the default language is used

    Builder(String fileName, List<Entry> entries, String requested) {
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

    private static String key(String keyword, String lang, List<String> subkeys) {
      return keyword + "[" + (lang == null ? "" : lang) + "]" + String.join("\u0000", subkeys);
    }

    /** An entry in exactly this language (null: the default, also when written as [default]). */
    private Entry find(String keyword, String lang, String... subkeys) {
      Entry e = index.get(key(keyword, lang, List.of(subkeys)));
      if (e == null && lang == null && defaultLang != null) {
        e = index.get(key(keyword, defaultLang, List.of(subkeys)));
      }
      return e;
    }

    /** In the chosen language with its subkeys, else in the default language with its subkeys. */
    private Entry get(String keyword, String[] langSubkeys, String[] defaultSubkeys) {
      if (lang != null) {
        Entry e = find(keyword, lang, langSubkeys);
        if (e != null) {
          return e;
        }
      }
      return find(keyword, null, defaultSubkeys);
    }

    private Entry get(String keyword) {
      return get(keyword, new String[0], new String[0]);
    }

    private String text(String keyword) {
      Entry e = get(keyword);
      return e == null || e.values().isEmpty() ? null : e.text();
    }

    private List<String> variables(String keyword) throws ImportException {
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

    Dataset build(PxScanner scanner) throws ImportException {
      Entry stubEntry = find("STUB", null);
      Entry headingEntry = find("HEADING", null);
      List<String> defaultNames = new ArrayList<>();
      if (stubEntry != null) {
        defaultNames.addAll(stubEntry.values());
      }
      if (headingEntry != null) {
        defaultNames.addAll(headingEntry.values());
      }
      if (defaultNames.isEmpty()) {
        throw new ImportException(
            fileName, "keyword STUB", "the file has neither STUB nor HEADING variables");
      }
      List<String> names = new ArrayList<>(variables("STUB"));
      names.addAll(variables("HEADING"));
      if (defaultNames.stream().distinct().count() != defaultNames.size()) {
        throw new ImportException(
            fileName, "keyword STUB", "a variable is named twice in STUB/HEADING");
      }

      List<Dimension> dimensions = new ArrayList<>();
      List<List<String>> defaultValues = new ArrayList<>();
      String contDefault = firstOf(find("CONTVARIABLE", null));
      String contLang = lang == null ? null : firstOf(find("CONTVARIABLE", lang));
      String updated = text("LAST-UPDATED");
      String contentUpdated = null;
      boolean hasMetric = false;
      long cells = 1;
      for (int v = 0; v < defaultNames.size(); v++) {
        String nd = defaultNames.get(v);
        String nl = names.get(v);
        Entry valuesDefault = find("VALUES", null, nd);
        if (valuesDefault == null) {
          throw new ImportException(
              fileName, "keyword VALUES(\"" + nd + "\")", "variable " + nd + " has no VALUES");
        }
        List<String> valuesDef = valuesDefault.values();
        if (valuesDef.isEmpty()) {
          throw new ImportException(
              fileName, "keyword VALUES(\"" + nd + "\")", "variable " + nd + " has no values");
        }
        List<String> labels = valuesDef;
        if (lang != null) {
          Entry translated = find("VALUES", lang, nl);
          if (translated != null) {
            if (translated.values().size() != valuesDef.size()) {
              throw new ImportException(
                  fileName,
                  "keyword VALUES[" + lang + "](\"" + nl + "\")",
                  "has "
                      + translated.values().size()
                      + " values, but VALUES(\""
                      + nd
                      + "\") has "
                      + valuesDef.size());
            }
            labels = translated.values();
          }
        }
        Entry codesEntry = find("CODES", null, nd);
        if (codesEntry == null && lang != null) {
          codesEntry = find("CODES", lang, nl);
        }
        List<String> codes = codesEntry == null ? valuesDef : codesEntry.values();
        if (codes.size() != valuesDef.size()) {
          throw new ImportException(
              fileName,
              "keyword CODES"
                  + (codesEntry.lang() == null ? "" : "[" + codesEntry.lang() + "]")
                  + "(\""
                  + codesEntry.subkeys().get(0)
                  + "\")",
              "has "
                  + codes.size()
                  + " codes, but VALUES(\""
                  + nd
                  + "\") has "
                  + valuesDef.size()
                  + " values");
        }
        cells *= valuesDef.size();
        if (cells > MAX_CELLS) {
          throw new ImportException(
              fileName,
              "keyword VALUES(\"" + nd + "\")",
              "the table would have more than " + MAX_CELLS + " cells, the most a file may have");
        }

        Entry variableCode = get("VARIABLECODE", new String[] {nl}, new String[] {nd});
        String id =
            variableCode == null || variableCode.first() == null ? nd : variableCode.first();
        boolean metric = nd.equals(contDefault) || (contLang != null && nl.equals(contLang));
        DimensionRole role = DimensionRole.OTHER;
        if (metric) {
          role = DimensionRole.METRIC;
          hasMetric = true;
        } else if (get("TIMEVAL", new String[] {nl}, new String[] {nd}) != null) {
          role = DimensionRole.TIME;
        } else if (isGeo(nd, nl, id)) {
          role = DimensionRole.GEO;
        }

        List<Category> categories = new ArrayList<>(valuesDef.size());
        for (int j = 0; j < valuesDef.size(); j++) {
          String vd = valuesDef.get(j);
          String vl = labels.get(j);
          Unit unit = null;
          if (metric) {
            unit = unit(new String[] {vl}, new String[] {vd});
            Entry lastUpdated = get("LAST-UPDATED", new String[] {vl}, new String[] {vd});
            if (lastUpdated != null && lastUpdated.first() != null) {
              String u = lastUpdated.first();
              if (contentUpdated == null || u.compareTo(contentUpdated) > 0) {
                contentUpdated = u;
              }
            }
          }
          String note =
              join(
                  get("VALUENOTEX", new String[] {nl, vl}, new String[] {nd, vd}),
                  get("VALUENOTE", new String[] {nl, vl}, new String[] {nd, vd}));
          categories.add(new Category(codes.get(j), vl, unit, note));
        }
        dimensions.add(new Dimension(id, nl, role, categories));
        defaultValues.add(valuesDef);
      }
      if (!hasMetric) {
        String matrix = text("MATRIX");
        String contents = text("CONTENTS");
        String code = matrix != null ? matrix : text("TABLEID");
        String label = contents != null ? contents : title();
        dimensions.add(
            new Dimension(
                "ContentsCode",
                contents != null ? contents : "contents",
                DimensionRole.METRIC,
                List.of(
                    new Category(
                        code != null ? code : "contents",
                        label != null ? label : "contents",
                        unit(new String[0], new String[0]),
                        null))));
      }

      int size = (int) cells;
      double[] values = new double[size];
      String[] status = new String[size];
      readCells(scanner, values, status, dimensions);

      Map<Integer, String> cellNotes = cellNotes(dimensions, defaultValues);
      if (updated == null) {
        updated = contentUpdated != null ? contentUpdated : text("CREATION-DATE");
      }
      String tableId = text("TABLEID");
      if (tableId == null) {
        tableId = text("MATRIX");
      }
      return new Dataset(
          "PX",
          tableId,
          title(),
          text("SOURCE"),
          updated,
          lang != null ? lang : defaultLang,
          dimensions,
          values,
          status,
          cellNotes,
          notes(defaultNames, names));
    }

    private String title() {
      String title = text("TITLE");
      return title != null ? title : text("DESCRIPTION");
    }

    private boolean isGeo(String nd, String nl, String id) {
      Entry type = get("VARIABLE-TYPE", new String[] {nl}, new String[] {nd});
      if (type != null && "G".equalsIgnoreCase(type.first())) {
        return true;
      }
      if (get("MAP", new String[] {nl}, new String[] {nd}) != null) {
        return true;
      }
      return GEO_NAME.matcher(nd).matches() || GEO_NAME.matcher(id).matches();
    }

    private Unit unit(String[] langSubkeys, String[] defaultSubkeys) {
      Entry units = get("UNITS", langSubkeys, defaultSubkeys);
      if (units == null) {
        units = get("UNITS");
      }
      Entry decimals = get("DECIMALS", langSubkeys, defaultSubkeys);
      if (decimals == null) {
        decimals = get("DECIMALS");
      }
      Integer d = null;
      if (decimals != null && decimals.first() != null) {
        try {
          d = Integer.valueOf(decimals.first().trim());
        } catch (NumberFormatException e) {
          d = null;
        }
      }
      String label = units == null || units.values().isEmpty() ? null : units.text();
      return label == null && d == null ? null : new Unit(label, d);
    }

    private static String firstOf(Entry e) {
      return e == null ? null : e.first();
    }

    private static String join(Entry... notes) {
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

    private List<String> notes(List<String> defaultNames, List<String> names) {
      List<String> notes = new ArrayList<>();
      for (String keyword : List.of("NOTEX", "NOTE")) {
        Entry e = get(keyword);
        if (e != null && !e.values().isEmpty()) {
          notes.add(e.text());
        }
      }
      for (int v = 0; v < defaultNames.size(); v++) {
        String note =
            join(
                get("NOTEX", new String[] {names.get(v)}, new String[] {defaultNames.get(v)}),
                get("NOTE", new String[] {names.get(v)}, new String[] {defaultNames.get(v)}));
        if (note != null) {
          notes.add(names.get(v) + ": " + note);
        }
      }
      for (String[] symbol : SYMBOL_KEYWORDS) {
        String meaning = text(symbol[0]);
        if (meaning != null && !meaning.equals(symbol[1])) {
          notes.add("\"" + symbol[1] + "\" = " + meaning);
        }
      }
      return notes;
    }

    private void readCells(
        PxScanner scanner, double[] values, String[] status, List<Dimension> dimensions)
        throws ImportException {
      int expected = values.length;
      int n = 0;
      int dataLine = scanner.line();
      while (true) {
        scanner.skipCellSeparators();
        if (scanner.eof()) {
          break; // a missing final ';' is tolerated when the count is right
        }
        char c = scanner.peek();
        if (c == ';') {
          scanner.next();
          break;
        }
        int cellLine = scanner.line();
        boolean quoted = c == '"';
        String token = quoted ? scanner.readString() : scanner.readCellToken();
        if (n < expected) {
          if (isNumber(token)) {
            values[n] = Double.parseDouble(token.trim());
          } else if (quoted || isSymbol(token)) {
            values[n] = Double.NaN;
            status[n] = token.isEmpty() ? null : token;
          } else {
            throw new ImportException(
                fileName,
                "cell " + (n + 1) + " (line " + cellLine + ")",
                "'"
                    + (token.length() > 40 ? token.substring(0, 40) + "..." : token)
                    + "' is neither a number nor a quoted symbol");
          }
        }
        n++;
      }
      if (n != expected) {
        StringBuilder shape = new StringBuilder();
        for (Dimension d : dimensions) {
          if (!shape.isEmpty()) {
            shape.append(" × ");
          }
          shape.append(d.categories().size());
        }
        throw new ImportException(
            fileName,
            "cell " + (Math.min(n, expected) + 1) + " (DATA from line " + dataLine + ")",
            "DATA has "
                + n
                + " cells, but the dimensions ("
                + shape
                + ") make "
                + expected
                + (n < expected ? "; too few" : "; too many"));
      }
    }

    private static boolean isSymbol(String token) {
      if (token.equals("-")) {
        return true;
      }
      if (token.isEmpty()) {
        return false;
      }
      for (int i = 0; i < token.length(); i++) {
        if (token.charAt(i) != '.') {
          return false;
        }
      }
      return true;
    }

    /** A decimal number as PX writes it: optional sign, digits, optional '.', optional exponent. */
    static boolean isNumber(String token) {
      String t = token.trim();
      int i = 0;
      int n = t.length();
      if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
        i++;
      }
      int digits = 0;
      while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
        i++;
        digits++;
      }
      if (i < n && t.charAt(i) == '.') {
        i++;
        while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
          i++;
          digits++;
        }
      }
      if (digits == 0) {
        return false;
      }
      if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
        i++;
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
          i++;
        }
        int exp = 0;
        while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
          i++;
          exp++;
        }
        if (exp == 0) {
          return false;
        }
      }
      return i == n;
    }

    /**
     * CELLNOTEX/CELLNOTE in the chosen language (the default language's when it has none) and
     * DATANOTECELL, one value (or "*") per variable in STUB/HEADING order.
     */
    private Map<Integer, String> cellNotes(
        List<Dimension> dimensions, List<List<String>> defaultValues) throws ImportException {
      int variables = defaultValues.size();
      String noteLang = lang;
      if (lang != null) {
        boolean any = false;
        for (Entry e : entries) {
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
      for (Entry e : entries) {
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
        if (assigned > MAX_CELLS) {
          throw new ImportException(
              fileName, where, "cell notes cover more than " + MAX_CELLS + " cells in all");
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
}
