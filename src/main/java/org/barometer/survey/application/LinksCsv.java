package org.barometer.survey.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Personal links as a CSV a word processor's mail merge reads. */
final class LinksCsv {

  private LinksCsv() {}

  static String write(List<PersonalLink> links) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("org_number", "name", "email", "link");
      for (PersonalLink link : links) {
        csv.printRecord(
            link.business().orgNumber(),
            link.business().name(),
            link.business().email(),
            link.link());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
