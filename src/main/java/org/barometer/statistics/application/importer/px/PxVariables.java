package org.barometer.statistics.application.importer.px;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.Unit;
import org.barometer.statistics.application.importer.px.PxScanner.Entry;

/**
 * Builds the dimensions from the STUB and HEADING variables, in cell order: ids and labels, roles,
 * category codes, units and value notes; without a CONTVARIABLE it appends the one-category measure
 * "ContentsCode". The rules are in {@link PxParser}'s Javadoc.
 */
final class PxVariables {

  private static final Pattern GEO_NAME =
      Pattern.compile(
          "(?i)region|kommun|kommune|kommuner|kunta|alue|municipality|municipalities|county|län|fylke");

  private final PxKeywords keywords;
  private final String fileName;
  private final String lang; // null when the default language is used
  private final List<String> defaultNames = new ArrayList<>();
  private final List<String> names;
  private final List<Dimension> dimensions = new ArrayList<>();
  private final List<List<String>> defaultValues = new ArrayList<>();
  private final String contDefault;
  private final String contLang;
  private String contentUpdated;
  private boolean hasMetric;
  private long cells = 1;
  private int stubs;

  PxVariables(PxKeywords keywords) throws ImportException {
    this.keywords = keywords;
    this.fileName = keywords.fileName();
    this.lang = keywords.lang();
    Entry stubEntry = keywords.find("STUB", null);
    Entry headingEntry = keywords.find("HEADING", null);
    if (stubEntry != null) {
      defaultNames.addAll(stubEntry.values());
      stubs = stubEntry.values().size();
    }
    if (headingEntry != null) {
      defaultNames.addAll(headingEntry.values());
    }
    if (defaultNames.isEmpty()) {
      throw new ImportException(
          fileName, "keyword STUB", "the file has neither STUB nor HEADING variables");
    }
    names = new ArrayList<>(keywords.variables("STUB"));
    names.addAll(keywords.variables("HEADING"));
    if (defaultNames.stream().distinct().count() != defaultNames.size()) {
      throw new ImportException(
          fileName, "keyword STUB", "a variable is named twice in STUB/HEADING");
    }

    contDefault = firstOf(keywords.find("CONTVARIABLE", null));
    contLang = lang == null ? null : firstOf(keywords.find("CONTVARIABLE", lang));
    for (int v = 0; v < defaultNames.size(); v++) {
      addVariable(defaultNames.get(v), names.get(v));
    }
    if (!hasMetric) {
      addContents();
    }
  }

  /**
   * Per dimension, how DATA rows name it in the KEYS layout: {@code KEYS("variable")=VALUES} or
   * {@code =CODES} on a STUB variable (by its name or VARIABLECODE); NONE for every other.
   */
  PxData.Key[] keys() throws ImportException {
    PxData.Key[] keys = new PxData.Key[dimensions.size()];
    Arrays.fill(keys, PxData.Key.NONE);
    for (int v = 0; v < stubs; v++) {
      Entry key = keywords.find("KEYS", null, defaultNames.get(v));
      if (key == null) {
        key = keywords.find("KEYS", null, dimensions.get(v).id());
      }
      if (key == null) {
        continue;
      }
      String how = key.first() == null ? "" : key.first().strip().toUpperCase(Locale.ROOT);
      keys[v] =
          switch (how) {
            case "VALUES" -> PxData.Key.VALUES;
            case "CODES" -> PxData.Key.CODES;
            default ->
                throw new ImportException(
                    fileName,
                    "keyword KEYS(\"" + defaultNames.get(v) + "\") (line " + key.line() + ")",
                    "KEYS must be VALUES or CODES, not '" + how + "'");
          };
    }
    return keys;
  }

  /** The variable names in the default language, STUB then HEADING. */
  List<String> defaultNames() {
    return defaultNames;
  }

  /** The variable names in the chosen language, in the order of {@link #defaultNames()}. */
  List<String> names() {
    return names;
  }

  List<Dimension> dimensions() {
    return dimensions;
  }

  /** Per variable, its VALUES in the default language. */
  List<List<String>> defaultValues() {
    return defaultValues;
  }

  /** The latest LAST-UPDATED of the contents; null when none has one. */
  String contentUpdated() {
    return contentUpdated;
  }

  /** How many cells the dimensions make (at most {@link PxParser#MAX_CELLS}). */
  int cells() {
    return (int) cells;
  }

  /** The variable with this default-language and chosen-language name. */
  private void addVariable(String nd, String nl) throws ImportException {
    Entry valuesDefault = keywords.find("VALUES", null, nd);
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
      Entry translated = keywords.find("VALUES", lang, nl);
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
    Entry codesEntry = keywords.find("CODES", null, nd);
    if (codesEntry == null && lang != null) {
      codesEntry = keywords.find("CODES", lang, nl);
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
    if (cells > PxParser.MAX_CELLS) {
      throw new ImportException(
          fileName,
          "keyword VALUES(\"" + nd + "\")",
          "the table would have more than "
              + PxParser.MAX_CELLS
              + " cells, the most a file may have");
    }

    Entry variableCode = keywords.get("VARIABLECODE", new String[] {nl}, new String[] {nd});
    String id = variableCode == null || variableCode.first() == null ? nd : variableCode.first();
    boolean metric = nd.equals(contDefault) || (contLang != null && nl.equals(contLang));
    DimensionRole role = DimensionRole.OTHER;
    Entry timeval = keywords.get("TIMEVAL", new String[] {nl}, new String[] {nd});
    if (metric) {
      role = DimensionRole.METRIC;
      hasMetric = true;
    } else if (timeval != null || PxTime.isTimeByName(List.of(nd, nl, id), codes)) {
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
        Entry lastUpdated = keywords.get("LAST-UPDATED", new String[] {vl}, new String[] {vd});
        if (lastUpdated != null && lastUpdated.first() != null) {
          String u = lastUpdated.first();
          if (contentUpdated == null || u.compareTo(contentUpdated) > 0) {
            contentUpdated = u;
          }
        }
      }
      String note =
          PxNotes.join(
              keywords.get("VALUENOTEX", new String[] {nl, vl}, new String[] {nd, vd}),
              keywords.get("VALUENOTE", new String[] {nl, vl}, new String[] {nd, vd}));
      categories.add(new Category(codes.get(j), vl, unit, note));
    }
    if (role == DimensionRole.TIME) {
      categories = PxTime.withPeriodCodes(timeval, categories);
    }
    dimensions.add(new Dimension(id, nl, role, categories));
    defaultValues.add(valuesDef);
  }

  /** The measure of a table without CONTVARIABLE: code MATRIX, label CONTENTS. */
  private void addContents() {
    String matrix = keywords.text("MATRIX");
    String contents = keywords.text("CONTENTS");
    String code = matrix != null ? matrix : keywords.text("TABLEID");
    String label = contents != null ? contents : keywords.title();
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

  private boolean isGeo(String nd, String nl, String id) {
    Entry type = keywords.get("VARIABLE-TYPE", new String[] {nl}, new String[] {nd});
    if (type != null && "G".equalsIgnoreCase(type.first())) {
      return true;
    }
    if (keywords.get("MAP", new String[] {nl}, new String[] {nd}) != null) {
      return true;
    }
    return GEO_NAME.matcher(nd).matches() || GEO_NAME.matcher(id).matches();
  }

  private Unit unit(String[] langSubkeys, String[] defaultSubkeys) {
    Entry units = keywords.get("UNITS", langSubkeys, defaultSubkeys);
    if (units == null) {
      units = keywords.get("UNITS");
    }
    Entry decimals = keywords.get("DECIMALS", langSubkeys, defaultSubkeys);
    if (decimals == null) {
      decimals = keywords.get("DECIMALS");
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
}
