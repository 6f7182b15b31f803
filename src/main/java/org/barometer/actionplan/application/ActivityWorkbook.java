package org.barometer.actionplan.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.platform.csv.SpreadsheetText;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.Problem;

/**
 * An action plan's activities as an Excel workbook, the file offices keep beside their plans: one
 * row per activity, and the same columns read back. A row with an id changes that activity, a row
 * without one adds an activity; the status column is written for reading and ignored when read
 * (statuses are reported, with their cause and action, not typed into a cell).
 */
public final class ActivityWorkbook {

  /** The columns, in order, as their headers read. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "description",
          "goals",
          "owner name",
          "owner unit",
          "owner e-mail",
          "partners",
          "start",
          "end",
          "status");

  /** At most this many rows are read: an action plan has tens of activities, not thousands. */
  static final int MAX_ROWS = 5000;

  /** A row read from a workbook: its number as Excel shows it, the id if any, and the draft. */
  public record WorkbookRow(int row, Long id, ActivityDraft draft) {}

  private ActivityWorkbook() {}

  /** The activities as an .xlsx workbook of one sheet. */
  public static byte[] write(String sheetName, List<ActivityView> activities) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(safeSheetName(sheetName));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(COLUMNS.get(c));
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (ActivityView a : activities) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(a.id());
        text(row, 1, a.title());
        text(row, 2, a.description());
        text(row, 3, String.join(", ", a.goalIds()));
        text(row, 4, a.ownerName());
        text(row, 5, a.ownerUnit());
        text(row, 6, a.ownerEmail());
        text(row, 7, a.partners());
        date(row, 8, a.startsOn(), date);
        date(row, 9, a.endsOn(), date);
        text(row, 10, a.status() == null ? "" : a.status().toLowerCase(Locale.ROOT));
      }
      sheet.createFreezePane(0, 1);
      int[] widths = {8, 50, 50, 24, 24, 24, 30, 30, 12, 12, 10};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      row.createCell(column).setCellValue(SpreadsheetText.neutralised(value));
    }
  }

  private static void date(Row row, int column, LocalDate value, CellStyle style) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }
  }

  private static String safeSheetName(String name) {
    String s = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
    return s.isEmpty() ? "activities" : s.length() > 31 ? s.substring(0, 31) : s;
  }

  /**
   * Reads the first sheet: a header row naming the columns (in any order; unknown ones are
   * ignored), then one activity per row; empty rows are skipped.
   *
   * @throws InvalidInputException with every problem found, each naming its row, column and value;
   *     nothing is returned then
   */
  public static List<WorkbookRow> read(byte[] file) {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
      if (book.getNumberOfSheets() == 0) {
        throw new InvalidInputException("file", "The workbook has no sheet.");
      }
      return read(book.getSheetAt(0));
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException refused) {
        throw refused;
      }
      throw new InvalidInputException("file", "The file is not an Excel workbook (.xlsx).");
    }
  }

  private static List<WorkbookRow> read(Sheet sheet) {
    Row header = sheet.getRow(sheet.getFirstRowNum());
    int[] at = new int[COLUMNS.size()];
    Arrays.fill(at, -1);
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    if (header != null) {
      for (Cell cell : header) {
        int c = COLUMNS.indexOf(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
        if (c >= 0) {
          at[c] = cell.getColumnIndex();
        }
      }
    }
    if (header == null || at[1] < 0 || at[3] < 0) {
      throw new InvalidInputException(
          "file",
          "The first row must name the columns; at least 'title' and 'goals' are needed: "
              + String.join(", ", COLUMNS)
              + ".");
    }
    List<Problem> problems = new ArrayList<>();
    List<WorkbookRow> rows = new ArrayList<>();
    for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || blank(row, at, formatter)) {
        continue;
      }
      if (rows.size() + problems.size() >= MAX_ROWS) {
        throw new InvalidInputException(
            "file", "The workbook has more than " + MAX_ROWS + " activities.");
      }
      int number = r + 1;
      int before = problems.size();
      Long id = id(row, at[0], number, formatter, problems);
      LocalDate start = day(row, at[8], "start", number, formatter, problems);
      LocalDate end = day(row, at[9], "end", number, formatter, problems);
      if (problems.size() == before) {
        rows.add(
            new WorkbookRow(
                number,
                id,
                new ActivityDraft(
                    text(row, at[1], formatter),
                    text(row, at[2], formatter),
                    text(row, at[4], formatter),
                    text(row, at[5], formatter),
                    text(row, at[6], formatter),
                    text(row, at[7], formatter),
                    start,
                    end,
                    goals(text(row, at[3], formatter)))));
      }
    }
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    return rows;
  }

  /** The refusal of a workbook: the first problem as the message, every problem listed. */
  static InvalidInputException refused(List<Problem> problems) {
    Problem first = problems.get(0);
    return new InvalidInputException(
        first.field(),
        "Row "
            + first.row()
            + ", column "
            + first.field()
            + (first.value() == null ? "" : ", '" + first.value() + "'")
            + ": "
            + first.message()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""),
        problems);
  }

  private static boolean blank(Row row, int[] at, DataFormatter formatter) {
    for (int c : at) {
      if (c >= 0 && !text(row, c, formatter).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The cell's text as the sheet shows it, without a leading quote the export added. */
  private static String text(Row row, int column, DataFormatter formatter) {
    if (column < 0 || row.getCell(column) == null) {
      return "";
    }
    Cell cell = row.getCell(column);
    String v =
        cell.getCellType() == CellType.STRING
            ? cell.getStringCellValue()
            : formatter.formatCellValue(cell);
    return SpreadsheetText.restored(v.strip());
  }

  private static List<String> goals(String text) {
    return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Long id(Row row, int column, int number, DataFormatter f, List<Problem> problems) {
    if (column < 0 || row.getCell(column) == null) {
      return null;
    }
    Cell cell = row.getCell(column);
    if (cell.getCellType() == CellType.NUMERIC) {
      double v = cell.getNumericCellValue();
      if (v == Math.rint(v) && v > 0) {
        return (long) v;
      }
    }
    String text = text(row, column, f);
    if (text.isEmpty()) {
      return null;
    }
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    problems.add(
        new Problem(number, "id", text, "an id is a whole number, or empty for a new activity"));
    return null;
  }

  private static LocalDate day(
      Row row, int column, String name, int number, DataFormatter f, List<Problem> problems) {
    if (column < 0 || row.getCell(column) == null) {
      return null;
    }
    Cell cell = row.getCell(column);
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate();
    }
    String text = text(row, column, f);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(number, name, text, "not a date such as 2026-03-31"));
      return null;
    }
  }
}
