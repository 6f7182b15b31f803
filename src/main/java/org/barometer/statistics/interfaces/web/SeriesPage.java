package org.barometer.statistics.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.application.RegionEntry;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.SeriesReader;
import org.barometer.statistics.application.SeriesReading;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.TableEntry;
import org.barometer.statistics.domain.RegionGroup;
import org.barometer.statistics.domain.RegionGroupDirectory;

/**
 * The series browser: pick a table and a measure, then regions and region groups, and read the line
 * chart and the same figures as a table (periods down, regions across) so every point of the chart
 * can be read exactly.
 */
@Named
@ViewScoped
public class SeriesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Regions chosen for a measure before the user chooses: enough to compare, few to read. */
  private static final int FIRST_REGIONS = 3;

  @Inject StatisticsCatalogue catalogue;
  @Inject RegionGroupDirectory groupDirectory;
  @Inject SeriesReader reader;
  @Inject LanguageChoice language;

  private Long table;
  private Long series;
  private List<String> regions = new ArrayList<>();
  private List<String> groups = new ArrayList<>();
  private String from;
  private String to;
  private transient SeriesReading reading;

  /** After the view parameters: a table given in the address opens at its first measure. */
  @StaffAction(Role.VIEWER)
  public void load() {
    if (table == null) {
      table = getTables().stream().map(TableEntry::id).findFirst().orElse(null);
    }
    if (series == null && table != null) {
      chooseTable();
    } else if (series != null) {
      show();
    }
  }

  /** A new table: its first measure with the first regions, shown at once. */
  @StaffAction(Role.VIEWER)
  public void chooseTable() {
    series = getMeasures().stream().map(SeriesEntry::id).findFirst().orElse(null);
    chooseMeasure();
  }

  /** A new measure keeps the chosen regions that it covers, or takes its first ones. */
  @StaffAction(Role.VIEWER)
  public void chooseMeasure() {
    if (series == null) {
      reading = null;
      return;
    }
    List<String> covered = getRegionOptions().stream().map(r -> r.region().code()).toList();
    regions = new ArrayList<>(regions.stream().filter(covered::contains).toList());
    if (regions.isEmpty() && groups.isEmpty()) {
      regions = new ArrayList<>(covered.stream().limit(FIRST_REGIONS).toList());
    }
    show();
  }

  /** Reads the figures for the choice; a bad period or code is told beside the form. */
  @StaffAction(Role.VIEWER)
  public void show() {
    reading = null;
    if (series == null) {
      return;
    }
    try {
      reading = reader.read(series, regions, groups, period(from), period(to));
    } catch (IllegalArgumentException | NotFoundException e) {
      Messages.error(e.getMessage());
    }
  }

  private static Period period(String code) {
    return code == null || code.isBlank() ? null : Period.parse(code.strip());
  }

  public List<TableEntry> getTables() {
    return catalogue.tables();
  }

  public List<SeriesEntry> getMeasures() {
    return table == null ? List.of() : catalogue.series(table);
  }

  public List<RegionEntry> getRegionOptions() {
    return series == null ? List.of() : catalogue.regions(series);
  }

  public List<RegionGroup> getGroupOptions() {
    return groupDirectory.all();
  }

  public SeriesReading getReading() {
    return reading;
  }

  /** Every period any line has, in time order: the table's rows. */
  public List<Period> getPeriods() {
    if (reading == null) {
      return List.of();
    }
    return reading.lines().stream()
        .flatMap(l -> l.values().keySet().stream())
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  /** One line's figure for a period, as the office publishes it (its decimals), or a dash. */
  public String figure(SeriesReading.Line line, Period period) {
    Double value = line.values().get(period);
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
    Integer decimals = reading.series().decimals();
    format.setMinimumFractionDigits(decimals == null ? 0 : decimals);
    format.setMaximumFractionDigits(decimals == null ? 2 : decimals);
    return format.format(value);
  }

  /** The chart from the REST API, for exactly the choice shown. */
  public String getChartUrl() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    String query =
        Stream.of(
                regions.stream().map(r -> "region=" + encode(r)),
                groups.stream().map(g -> "group=" + encode(g)),
                Stream.of(from)
                    .filter(f -> f != null && !f.isBlank())
                    .map(f -> "from=" + encode(f)),
                Stream.of(to).filter(t -> t != null && !t.isBlank()).map(t -> "to=" + encode(t)))
            .flatMap(s -> s)
            .collect(Collectors.joining("&"));
    return context + "/api/statistics/series/" + series + "/chart.png?" + query;
  }

  /** The chart's text alternative: each line's latest figure. */
  public String getChartAlt() {
    if (reading == null) {
      return "";
    }
    List<Period> periods = getPeriods();
    Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
    return reading.series().label()
        + (last == null ? "" : ", " + last.code() + ": ")
        + reading.lines().stream()
            .map(l -> l.label() + " " + (last == null ? "" : figure(l, last)))
            .collect(Collectors.joining("; "));
  }

  /** "3005, 0602": earlier codes as the offices write them. */
  public String codes(List<RegionCode> codes) {
    return codes.stream().map(RegionCode::code).collect(Collectors.joining(", "));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public Long getTable() {
    return table;
  }

  public void setTable(Long table) {
    this.table = table;
  }

  public Long getSeries() {
    return series;
  }

  public void setSeries(Long series) {
    this.series = series;
  }

  public List<String> getRegions() {
    return regions;
  }

  public void setRegions(List<String> regions) {
    this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
