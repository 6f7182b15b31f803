package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterColumnTest {

  @ParameterizedTest
  @CsvSource({
    "org_number, ORG_NUMBER",
    "Orgnr, ORG_NUMBER",
    "' ORGANISASJONSNUMMER ', ORG_NUMBER",
    "Organisationsnummer, ORG_NUMBER",
    "Navn, NAME",
    "namn, NAME",
    "E-post, EMAIL",
    "epost, EMAIL",
    "Naering, NACE",
    "Næringskode, NACE",
    "SNI, NACE",
    "Ansatte, EMPLOYEES",
    "anstallda, EMPLOYEES",
    "Anställda, EMPLOYEES"
  })
  void recognisesCanonicalNamesAndAliases(String header, RegisterColumn expected) {
    assertEquals(Optional.of(expected), RegisterColumn.forHeader(header));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ansta\u0308llda", // "ä" decomposed, as macOS may write it
        "N\u00E6ringskode"
      })
  void matchesRegardlessOfUnicodeComposition(String header) {
    assertTrue(RegisterColumn.forHeader(header).isPresent(), header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"address", "", "org number"})
  void ignoresOtherColumns(String header) {
    assertEquals(Optional.empty(), RegisterColumn.forHeader(header));
  }
}
