package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.barometer.platform.csv.ProblemList;
import org.barometer.shared.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterCsvReaderTest {

  private static final String HEADER = "org_number,name,email,nace,employees\n";

  private final RegisterCsvReader reader = new RegisterCsvReader();

  private List<RegisterEntry> read(String csv) throws RegisterRejectedException {
    return reader.read("register.csv", new StringReader(csv));
  }

  private List<RowProblem> problems(String csv) {
    return problems(reader, csv);
  }

  private static List<RowProblem> problems(RegisterCsvReader reader, String csv) {
    var e =
        assertThrows(
            RegisterRejectedException.class,
            () -> reader.read("register.csv", new StringReader(csv)));
    assertEquals("register.csv", e.fileName());
    return e.problems();
  }

  @Test
  void readsNordicExcelFileWithSemicolonsByteOrderMarkAndQuotes() throws Exception {
    String csv =
        "\uFEFForganisasjonsnummer;navn;e-post;næringskode;ansatte\r\n"
            + "923 609 016;\"Equinor ASA\";post@equinor.com;06.100;21000\r\n"
            + "974760673;\"Registerenheten i Brønnøysund; avd. IT\";firmapost@brreg.no;84.110;550\r\n"
            + "\r\n"
            + "971526920;\"Statistisk sentralbyrå, Oslo\";ssb@ssb.no;84.110;19\r\n";

    List<RegisterEntry> entries = read(csv);

    assertEquals(3, entries.size());
    RegisterEntry equinor = entries.get(0);
    assertEquals("923609016", equinor.orgNumber().value());
    assertEquals("Equinor ASA", equinor.name());
    assertEquals("post@equinor.com", equinor.email());
    assertEquals("06.100", equinor.nace().code());
    assertEquals(21000, equinor.employees());
    assertEquals(SizeClass.S100_PLUS, equinor.sizeClass());
    assertEquals('B', equinor.industrySection());
    assertEquals("Registerenheten i Brønnøysund; avd. IT", entries.get(1).name());
    assertEquals("Statistisk sentralbyrå, Oslo", entries.get(2).name());
    assertEquals(SizeClass.S5_19, entries.get(2).sizeClass());
    assertEquals('O', entries.get(2).industrySection());
  }

  @Test
  void readsCommaFileWithColumnsInAnyOrderAndExtraColumns() throws Exception {
    String csv =
        "Employees, Email ,Address,NACE,Name,ORG_NUMBER\n"
            + "12,info@ericsson.com,\"Torshamnsgatan 21, Kista\",26.300,\"Ericsson, LM\","
            + "556016-0680\n";

    List<RegisterEntry> entries = read(csv);

    assertEquals(1, entries.size());
    assertEquals(Country.SE, entries.get(0).orgNumber().country());
    assertEquals("Ericsson, LM", entries.get(0).name());
    assertEquals(12, entries.get(0).employees());
  }

  @Test
  void readsSwedishAliasHeaders() throws Exception {
    String csv =
        "Organisationsnummer;Namn;Epost;SNI;Anställda\n"
            + "556036-0793;Saab AB;info@saab.example.se;30300;5\n";

    RegisterEntry entry = read(csv).get(0);

    assertEquals("5560360793", entry.orgNumber().value());
    assertEquals("30.300", entry.nace().code());
    assertEquals('C', entry.industrySection());
  }

  @Test
  void readsAliasHeadersOrgnrNaeringAnstallda() throws Exception {
    String csv = "ORGNR,navn,EPOST,naering,anstallda\n923609016,Equinor,post@equinor.com,06,4\n";

    assertEquals(SizeClass.S0_4, read(csv).get(0).sizeClass());
  }

  @Test
  void readsFromUtf8BytesWithByteOrderMark() throws Exception {
    byte[] bytes =
        ("\uFEFF" + HEADER + "971526920,Statistisk sentralbyrå,ssb@ssb.no,84.110,900\n")
            .getBytes(StandardCharsets.UTF_8);

    var entries = reader.read("register.csv", new ByteArrayInputStream(bytes));

    assertEquals("Statistisk sentralbyrå", entries.get(0).name());
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] bytes =
        (HEADER + "971526920,Statistisk sentralbyrå,ssb@ssb.no,84.110,900\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    var e =
        assertThrows(
            RegisterRejectedException.class,
            () -> reader.read("register.csv", new ByteArrayInputStream(bytes)));

    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  void headerOnlyGivesAnEmptyList() throws Exception {
    assertEquals(List.of(), read(HEADER));
    assertEquals(List.of(), read(HEADER + "\n\n,,,,\n"));
  }

  @Test
  void collectsEveryProblemWithItsRowAndField() {
    String csv =
        HEADER
            + "923609016,Equinor ASA,post@equinor.com,06.100,21000\n" // row 2: fine
            + "923609017,,x@,47.11,12.5\n" // row 3: four problems
            + "\n" // row 4: blank, skipped but counted
            + "974760673,Brønnøysundregistrene,firmapost@brreg.no,04.1,-1\n" // row 5
            + "971526920,SSB,ssb@ssb.no,84.110\n" // row 6: a field short
            + "556016-0680,Ericsson,info@ericsson.com,26.300,many\n"; // row 7

    List<RowProblem> problems = problems(csv);

    assertEquals(
        List.of(
            "3 org_number 923609017",
            "3 name ",
            "3 email x@",
            "3 employees 12.5",
            "5 nace 04.1",
            "5 employees -1",
            "6  ",
            "7 employees many"),
        problems.stream().map(p -> p.row() + " " + p.field() + " " + p.value()).toList());
    assertTrue(problems.get(0).message().contains("check digit should be 6"));
    assertTrue(problems.get(4).message().contains("division 04 does not exist"));
    assertTrue(problems.get(6).message().contains("expected 5 fields"), problems.get(6).message());
  }

  @Test
  void summaryNamesFileRowsAndFields() {
    var e =
        assertThrows(
            RegisterRejectedException.class,
            () ->
                reader.read(
                    "register.csv",
                    new StringReader(
                        HEADER
                            + "923609016,Equinor,post@equinor.com,06,1\n"
                            + "923609016,Equinor,post@equinor.com,06,1\n"
                            + "974760673,Brreg,x@,84,1\n")));

    assertTrue(
        e.getMessage()
            .startsWith(
                "register.csv: 2 rows refused: row 3, org_number '923609016': duplicate of row 2;"
                    + " row 4, email 'x@': "),
        e.getMessage());
  }

  @Test
  void reportsDuplicatesWithTheRowOfTheFirstOccurrence() {
    String csv =
        HEADER
            + "923609016,Equinor ASA,post@equinor.com,06.100,21000\n" // row 2
            + "974760673,Brreg,firmapost@brreg.no,84.110,550\n" // row 3
            + "923 609 016,Equinor again,other@equinor.com,06.100,21000\n" // row 4
            + "556016-0680,Ericsson,info@ericsson.com,26.300,12\n" // row 5
            + "16556016-0680,Ericsson AB,info@ericsson.com,26.300,bad\n"; // row 6

    List<RowProblem> problems = problems(csv);

    assertEquals(
        List.of(
            new RowProblem(4, "org_number", "923 609 016", "duplicate of row 2"),
            new RowProblem(6, "employees", "bad", problems.get(1).message()),
            new RowProblem(6, "org_number", "16556016-0680", "duplicate of row 5")),
        problems);
  }

  @Test
  void reportsEachMissingColumnOnceOnTheHeaderRow() {
    String csv =
        "org_number;navn;ansatte\n" + "923609016;Equinor;06\n" + "974760673;Brreg;84.110\n";

    List<RowProblem> problems = problems(csv);

    assertEquals(2, problems.size(), problems.toString());
    assertEquals(1, problems.get(0).row());
    assertEquals("email", problems.get(0).field());
    assertTrue(problems.get(0).message().contains("e-post, epost"), problems.get(0).message());
    assertEquals(1, problems.get(1).row());
    assertEquals("nace", problems.get(1).field());
  }

  @Test
  void reportsAColumnNamedTwice() {
    List<RowProblem> problems =
        problems("org_number,orgnr,name,email,nace,employees\n923609016,923609016,E,a@b.no,06,1\n");

    assertEquals(1, problems.size());
    assertEquals("org_number", problems.get(0).field());
    assertTrue(problems.get(0).message().contains("appears twice"), problems.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", "\n\n", "  \r\n"})
  void refusesEmptyFile(String csv) {
    List<RowProblem> problems = problems(csv);

    assertEquals(1, problems.size());
    assertEquals(1, problems.get(0).row());
    assertTrue(problems.get(0).message().contains("empty"), problems.get(0).message());
  }

  @Test
  void numbersRowsAsLinesEvenWithLeadingBlankLinesAndMultiLineFields() {
    String csv =
        "\n"
            + HEADER // row 2
            + "923609016,\"Equinor\nASA\",post@equinor.com,06,1\n" // rows 3-4
            + "974760673,Brreg,x@,84,1\n"; // row 5

    List<RowProblem> problems = problems(csv);

    assertEquals(List.of(3, 5), problems.stream().map(RowProblem::row).toList());
    assertEquals("name", problems.get(0).field());
  }

  @Test
  void toleratesTrailingEmptyFieldsButNotExtraValues() {
    String csv =
        HEADER
            + "923609016,Equinor,post@equinor.com,06,1,,\n"
            + "974760673,Brreg,firmapost@brreg.no,84,1,surplus\n";

    List<RowProblem> problems = problems(csv);

    assertEquals(1, problems.size());
    assertEquals(3, problems.get(0).row());
    assertTrue(problems.get(0).message().contains("found 6"), problems.get(0).message());
  }

  @Test
  void refusesMoreRowsThanTheLimit() throws Exception {
    var small = new RegisterCsvReader(2, 10_000, 100);
    String twoRows =
        HEADER
            + "923609016,Equinor,post@equinor.com,06,1\n"
            + "974760673,Brreg,firmapost@brreg.no,84,1\n";
    assertEquals(2, small.read("r.csv", new StringReader(twoRows)).size());

    List<RowProblem> problems = problems(small, twoRows + "971526920,SSB,ssb@ssb.no,84,1\n");

    assertEquals(1, problems.size());
    assertEquals(4, problems.get(0).row());
    assertTrue(problems.get(0).message().contains("more than 2 businesses"));
  }

  @Test
  void refusesFilesLargerThanTheLimit() {
    var small = new RegisterCsvReader(100, 200, 100);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 10; i++) {
      csv.append("923609016,Equinor,post@equinor.com,06,1\n");
    }

    List<RowProblem> problems = problems(small, csv.toString());

    assertTrue(
        problems.get(problems.size() - 1).message().contains("too large"), problems.toString());
  }

  @Test
  void refusesAnUnclosedQuoteAsInvalidCsv() {
    List<RowProblem> problems = problems(HEADER + "923609016,\"Equinor,post@equinor.com,06,1\n");

    assertEquals(1, problems.size(), problems.toString());
    assertEquals(2, problems.get(0).row());
    assertTrue(problems.get(0).message().contains("not valid CSV"), problems.get(0).message());
  }

  @Test
  void stopsAfterTooManyProblems() {
    var strict = new RegisterCsvReader(100, 100_000, 3);
    String csv = HEADER + "x,,,,\n".repeat(10);

    List<RowProblem> problems = problems(strict, csv);

    // Row 2 alone has five problems: the first three are kept, then a note ends the list.
    assertEquals(4, problems.size(), problems.toString());
    assertEquals(2, problems.get(3).row());
    assertTrue(problems.get(3).message().contains("more than 3 problems"));
  }

  @Test
  void shortensVeryLongValuesInProblems() {
    String longEmail = "x".repeat(300);
    List<RowProblem> problems = problems(HEADER + "923609016,Equinor," + longEmail + ",06,1\n");

    assertEquals(ProblemList.MAX_VALUE_LENGTH, problems.get(0).value().length());
  }
}
