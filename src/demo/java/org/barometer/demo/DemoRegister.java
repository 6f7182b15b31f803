package org.barometer.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.survey.domain.register.NaceCode;
import org.barometer.survey.domain.register.SizeClass;

/**
 * A made-up business register of a Vestfold municipality, in the CSV shape staff upload ({@code
 * org_number,name,email,nace,employees}), so the open demo cycle is invited the way a real one is.
 *
 * <p>The organisation numbers pass the real modulus-11 check, so the upload accepts them, but they
 * are drawn at random and may belong to real companies; the e-mail addresses are at {@code
 * .example} domains, which never receive mail (RFC 2606). Names combine a local place with a trade,
 * and each trade brings its NACE code and a typical size, so industry and size breakdowns look like
 * a real municipality: many small shops, builders and consultants, a few larger employers.
 */
final class DemoRegister {

  /** One business of the register. */
  record Firm(String orgNumber, String name, String email, String nace, int employees) {

    /** The NACE section letter, as the invitations and the industry question use it. */
    String industry() {
      return String.valueOf(NaceCode.parse(nace).section());
    }

    /** The size class, as the invitations and the size question use it. */
    String sizeClass() {
      return SizeClass.of(employees).code();
    }
  }

  /** A trade: the word in the name, its NACE subclass and a typical range of employees. */
  private record Trade(String word, String nace, int minEmployees, int maxEmployees) {}

  private static final List<String> PLACES =
      List.of(
          "Sandefjord",
          "Vestfold",
          "Stokke",
          "Andebu",
          "Kodal",
          "Høyjord",
          "Melsom",
          "Vesterøy",
          "Østerøya",
          "Ranvik",
          "Hasle",
          "Virik",
          "Fokserød",
          "Gokstad",
          "Mokollen",
          "Bugården");

  private static final List<Trade> TRADES =
      List.of(
          new Trade("Rør", "43.221", 2, 14),
          new Trade("Regnskap", "69.201", 1, 12),
          new Trade("Elektro", "43.210", 2, 25),
          new Trade("Bygg", "41.200", 1, 40),
          new Trade("Bakeri", "10.710", 3, 20),
          new Trade("Frisør", "96.021", 1, 5),
          new Trade("Transport", "49.410", 2, 30),
          new Trade("Tannlegesenter", "86.230", 3, 12),
          new Trade("Eiendom", "68.209", 0, 3),
          new Trade("Mekaniske Verksted", "25.620", 5, 120),
          new Trade("Sport", "47.641", 2, 10),
          new Trade("Interiør", "47.591", 1, 8),
          new Trade("Bil", "45.112", 4, 35),
          new Trade("Kafé", "56.101", 2, 15),
          new Trade("Hotell", "55.101", 10, 60),
          new Trade("Data", "62.010", 1, 25),
          new Trade("Arkitekter", "71.112", 1, 15),
          new Trade("Rådgivning", "70.220", 0, 4),
          new Trade("Renhold", "81.210", 3, 45),
          new Trade("Fysioterapi", "86.903", 1, 6),
          new Trade("Gartneri", "01.190", 1, 8),
          new Trade("Blomster", "47.761", 1, 4),
          new Trade("Matsenter", "47.111", 8, 30),
          new Trade("Trykkeri", "18.120", 3, 18),
          new Trade("Bemanning", "78.200", 2, 150),
          new Trade("Anlegg", "42.110", 5, 80),
          new Trade("Maler", "43.341", 1, 9));

  private final Random random;

  DemoRegister(long seed) {
    this.random = new Random(seed);
  }

  /** A register of {@code count} different businesses. */
  List<Firm> firms(int count) {
    List<Firm> firms = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    while (firms.size() < count) {
      Trade trade = TRADES.get(random.nextInt(TRADES.size()));
      String name = PLACES.get(random.nextInt(PLACES.size())) + " " + trade.word() + " AS";
      if (!names.add(name)) {
        continue;
      }
      String number = orgNumber();
      while (!numbers.add(number)) {
        number = orgNumber();
      }
      int employees = employees(trade);
      firms.add(new Firm(number, name, email(name), trade.nace(), employees));
    }
    return firms;
  }

  /** The register as the CSV file staff upload. */
  static String csv(List<Firm> firms) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("org_number", "name", "email", "nace", "employees");
      for (Firm firm : firms) {
        csv.printRecord(firm.orgNumber(), firm.name(), firm.email(), firm.nace(), firm.employees());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A Norwegian organisation number: 9 digits starting with 9, the last a modulus-11 check digit
   * with weights 3, 2, 7, 6, 5, 4, 3, 2. A remainder of 1 would need the check digit 10, so such
   * numbers are never issued and are drawn again.
   */
  String orgNumber() {
    int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
    while (true) {
      String base = "9" + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
      int sum = 0;
      for (int i = 0; i < weights.length; i++) {
        sum += (base.charAt(i) - '0') * weights[i];
      }
      int remainder = sum % 11;
      if (remainder != 1) {
        return base + (remainder == 0 ? 0 : 11 - remainder);
      }
    }
  }

  /** Skewed towards the small end of the trade's range, as firm sizes are. */
  private int employees(Trade trade) {
    double skewed = Math.pow(random.nextDouble(), 2.5);
    return trade.minEmployees()
        + (int) Math.round(skewed * (trade.maxEmployees() - trade.minEmployees()));
  }

  /** post@ the name as a domain under .example, e.g. post@sandefjord-ror.example. */
  private static String email(String name) {
    String ascii =
        Normalizer.normalize(
                name.toLowerCase(Locale.ROOT)
                    .replace("æ", "ae")
                    .replace("ø", "o")
                    .replace("å", "a")
                    .replaceAll(" as$", ""),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-");
    return "post@" + ascii + ".example";
  }
}
