package org.barometer.statistics.infrastructure.fetch.pxweb;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.barometer.statistics.application.importer.DimensionRole;

/**
 * A PxWeb table's variables and their values, as {@code /tables/{id}/metadata} tells them: what a
 * query may select and how many cells it makes.
 *
 * @param tableId the table id
 * @param title the table's title in the asked language
 * @param updated when the office last updated the table, as written, or null
 * @param variables the variables in the table's cell order
 */
public record TableMetadata(
    String tableId, String title, String updated, List<Variable> variables) {

  /**
   * Variable names that mean "region", for tables without a geo role (the same reading as {@code
   * DatasetMapping.guess}, which maps the stored table).
   */
  private static final Pattern REGION_NAME =
      Pattern.compile("(?i).*(region|kommune|kommun|fylke|county|län|municipalit).*");

  public TableMetadata {
    variables = List.copyOf(variables);
  }

  /**
   * One variable.
   *
   * @param code the code queries use ("Region", "Tid", "ContentsCode")
   * @param label its name
   * @param role TIME, GEO, METRIC (contents) or OTHER, from the metadata's roles and, for GEO, the
   *     name
   * @param values the value codes in the table's order
   * @param elimination whether the office may leave the variable out (sum over it)
   */
  public record Variable(
      String code, String label, DimensionRole role, List<String> values, boolean elimination) {
    public Variable {
      values = List.copyOf(values);
    }

    public int size() {
      return values.size();
    }
  }

  public Variable variable(String code) {
    return variables.stream()
        .filter(v -> v.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Table "
                        + tableId
                        + " has no variable "
                        + code
                        + "; it has "
                        + String.join(", ", variables.stream().map(Variable::code).toList())));
  }

  /** The time variable, or null. */
  public Variable timeVariable() {
    return only(DimensionRole.TIME);
  }

  /** The region variable, or null when the table has none (or several candidates). */
  public Variable regionVariable() {
    return only(DimensionRole.GEO);
  }

  /** The number of cells of the whole table. */
  public long cells() {
    return variables.stream().mapToLong(Variable::size).reduce(1, Math::multiplyExact);
  }

  static DimensionRole roleOf(String code, String label, DimensionRole declared) {
    if (declared != DimensionRole.OTHER) {
      return declared;
    }
    boolean named =
        REGION_NAME.matcher(code).matches()
            || (label != null && REGION_NAME.matcher(label).matches());
    return named ? DimensionRole.GEO : DimensionRole.OTHER;
  }

  private Variable only(DimensionRole role) {
    List<Variable> found = variables.stream().filter(v -> v.role() == role).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  @Override
  public String toString() {
    return tableId + " '" + title + "' " + Objects.toString(variables.size()) + " variables";
  }
}
