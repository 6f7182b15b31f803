package org.barometer.statistics.application;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.barometer.shared.Country;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;

/**
 * Which dimension of a {@link Dataset} holds the regions, which the periods and which the measures,
 * and whose codes they are. Files only sometimes say (PxWeb's JSON-stat marks time and metric but
 * rarely geography), so {@link #guess} fills in what it can and the user may override any of it.
 * Every other dimension becomes part of a series' fixed variant.
 *
 * @param regionDimension the id of the region dimension, or null when the whole table is about the
 *     office's country (a national price index)
 * @param timeDimension the id of the time dimension; required
 * @param measureDimension the id of the measure (contents) dimension, or null when the table has
 *     one measure, which then takes the table's code and title
 * @param office the country of the publishing office, which decides how bare region codes are read
 *     (see {@link org.barometer.shared.RegionCodes#normalise})
 */
public record DatasetMapping(
    String regionDimension, String timeDimension, String measureDimension, Country office) {

  /** Dimension names that mean "region" in the offices' languages, for files without a geo role. */
  private static final Pattern REGION_NAME =
      Pattern.compile("(?i).*(region|kommune|kommun|fylke|county|län|municipalit).*");

  public DatasetMapping {
    Objects.requireNonNull(office, "office");
  }

  /**
   * The mapping the file suggests: the dimensions with role GEO, TIME and METRIC; without a GEO
   * role, the one dimension whose id or label names a region ("KOKkommuneregion0000", "region"). A
   * role held by several dimensions is left unset (null) for the user to choose.
   */
  public static DatasetMapping guess(Dataset dataset, Country office) {
    List<Dimension> dims = dataset.dimensions();
    String region = only(dims, DimensionRole.GEO);
    if (region == null) {
      List<Dimension> named =
          dims.stream()
              .filter(d -> d.role() == DimensionRole.OTHER)
              .filter(
                  d ->
                      REGION_NAME.matcher(d.id()).matches()
                          || (d.label() != null && REGION_NAME.matcher(d.label()).matches()))
              .toList();
      region = named.size() == 1 ? named.get(0).id() : null;
    }
    return new DatasetMapping(
        region, only(dims, DimensionRole.TIME), only(dims, DimensionRole.METRIC), office);
  }

  public DatasetMapping withRegion(String dimension) {
    return new DatasetMapping(dimension, timeDimension, measureDimension, office);
  }

  public DatasetMapping withTime(String dimension) {
    return new DatasetMapping(regionDimension, dimension, measureDimension, office);
  }

  public DatasetMapping withMeasure(String dimension) {
    return new DatasetMapping(regionDimension, timeDimension, dimension, office);
  }

  private static String only(List<Dimension> dims, DimensionRole role) {
    List<Dimension> found = dims.stream().filter(d -> d.role() == role).toList();
    return found.size() == 1 ? found.get(0).id() : null;
  }
}
