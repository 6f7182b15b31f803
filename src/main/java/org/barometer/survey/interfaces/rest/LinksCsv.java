package org.barometer.survey.interfaces.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.survey.application.PersonalLink;

/** Personal links as a CSV a word processor's mail merge reads. */
public final class LinksCsv {

  private LinksCsv() {}

  public static String write(List<PersonalLink> links) {
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
