package org.barometer.goals.application.editor;

import java.io.Serializable;

/**
 * One official series as a form holds it: office, table, measure and region, as picked from the
 * tables Barometer imported. An indicator's own series, a derived figure's input, or the series an
 * indicator is compared with.
 */
public class SeriesDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String office = "";
  private String table = "";
  private String measure = "";
  private String region = "";

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = Drafts.text(office);
  }

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = Drafts.text(table);
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = Drafts.text(measure);
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = Drafts.text(region);
  }
}
