package org.barometer.survey.domain.register;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a register file must have, with the header names accepted for each.
 *
 * <p>Municipalities export registers from Norwegian, Swedish and English tools, so besides the
 * canonical name each column accepts the usual local header. Matching ignores case, surrounding
 * spaces and Unicode composition (a Mac may write "ä" as "a" plus a combining mark).
 */
public enum RegisterColumn {
  ORG_NUMBER("org_number", "orgnr", "organisasjonsnummer", "organisationsnummer"),
  NAME("name", "navn", "namn"),
  EMAIL("email", "e-post", "epost"),
  NACE("nace", "naering", "næringskode", "sni"),
  EMPLOYEES("employees", "ansatte", "anstallda", "anställda");

  private final String canonicalName;
  private final List<String> aliases;

  RegisterColumn(String canonicalName, String... aliases) {
    this.canonicalName = canonicalName;
    this.aliases = List.of(aliases);
  }

  /**
   * The column a header cell names, if any.
   *
   * @param header the text of a header cell
   * @return the column, or empty for a column the register does not use
   */
  public static Optional<RegisterColumn> forHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String key = normalise(header);
    for (RegisterColumn column : values()) {
      if (column.canonicalName.equals(key) || column.aliases.contains(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String header) {
    return Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** The name used in problem reports and recommended for new files, e.g. "org_number". */
  public String canonicalName() {
    return canonicalName;
  }

  /** The other accepted header names, lower case. */
  public List<String> aliases() {
    return aliases;
  }
}
