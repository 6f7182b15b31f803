package org.barometer.actionplan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The Excel workbook of activities, written and read back without a server. */
class ActivityWorkbookTest {

  @Test
  void anExportReadsBackAsTheSameDrafts() {
    ActivityView view =
        new ActivityView(
            41,
            7,
            1,
            "=Næringsfrokost",
            "Hver måned",
            List.of("g1", "g2"),
            "Kari Nordmann",
            "Næring",
            "kari@sandefjord.example",
            "NHO",
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 11, 30),
            "RED",
            null,
            0,
            List.of(),
            List.of(),
            Instant.EPOCH);

    List<ActivityWorkbook.WorkbookRow> rows =
        ActivityWorkbook.read(ActivityWorkbook.write("Handlingsplan 2026", List.of(view)));

    assertEquals(1, rows.size());
    ActivityWorkbook.WorkbookRow row = rows.get(0);
    assertEquals(2, row.row());
    assertEquals(41L, row.id());
    assertEquals(
        new ActivityDraft(
            "=Næringsfrokost",
            "Hver måned",
            "Kari Nordmann",
            "Næring",
            "kari@sandefjord.example",
            "NHO",
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 11, 30),
            List.of("g1", "g2")),
        row.draft());
  }

  @Test
  void aBadDateIsRefusedNamingRowColumnAndValue() throws IOException {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet();
      Row header = sheet.createRow(0);
      String[] names = {"title", "goals", "start"};
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      Row good = sheet.createRow(1);
      good.createCell(0).setCellValue("Bedriftsbesøk");
      good.createCell(1).setCellValue("g1");
      Row bad = sheet.createRow(2);
      bad.createCell(0).setCellValue("Messe");
      bad.createCell(1).setCellValue("g1");
      bad.createCell(2).setCellValue("31.02.2026");
      book.write(out);
      file = out.toByteArray();
    }

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> ActivityWorkbook.read(file));

    assertEquals("start", refused.field());
    assertEquals(1, refused.problems().size());
    assertEquals(3, refused.problems().get(0).row());
    assertEquals("31.02.2026", refused.problems().get(0).value());
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedAsAFile() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                ActivityWorkbook.read(
                    "id;title\n1;x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("file", refused.field());
  }
}
