package org.barometer.survey.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.platform.csv.SpreadsheetText;

/**
 * Personal links as a CSV a word processor's mail merge reads. Names come from the register, so
 * every cell is {@link SpreadsheetText neutralised} against formulas.
 */
final class LinksCsv {

  private LinksCsv() {}

  static String write(List<PersonalLink> links) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("org_number", "name", "email", "link");
      for (PersonalLink link : links) {
        csv.printRecord(
            SpreadsheetText.neutralised(link.business().orgNumber()),
            SpreadsheetText.neutralised(link.business().name()),
            SpreadsheetText.neutralised(link.business().email()),
            SpreadsheetText.neutralised(link.link()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
