package org.barometer.analysis.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.platform.csv.SpreadsheetText;
import org.barometer.platform.i18n.Language;

/**
 * A cycle's results as files for staff to take further: CSV for other tools, an Excel workbook for
 * people. Both hold the figures, never the answers, and the same rows ({@link ResultRows}), so the
 * suppression decided once applies to both. Text cells are {@link SpreadsheetText neutralised} in
 * both; figures stay numbers (number cells in Excel, plain numbers in CSV).
 */
@ApplicationScoped
public class ResultsExport {

  /** Decimals kept in the CSV: far below any figure's uncertainty, and no binary noise. */
  private static final int CSV_DECIMALS = 9;

  public String csv(CycleResults results, Language language) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    ResultRows.HEADER.stream()
                        .map(SpreadsheetText::neutralised)
                        .toArray(String[]::new))
                .build())) {
      for (List<Object> row : ResultRows.of(results, language)) {
        csv.printRecord(row.stream().map(ResultsExport::csvCell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Object csvCell(Object cell) {
    if (cell instanceof Double d) {
      return BigDecimal.valueOf(d)
          .setScale(CSV_DECIMALS, java.math.RoundingMode.HALF_EVEN)
          .stripTrailingZeros()
          .toPlainString();
    }
    return cell instanceof String text ? SpreadsheetText.neutralised(text) : cell;
  }

  public byte[] xlsx(CycleResults results, Language language) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(results.surveyCode() + " " + results.cycle());
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.000"));
      Row first = sheet.createRow(0);
      for (int c = 0; c < ResultRows.HEADER.size(); c++) {
        Cell cell = first.createCell(c);
        cell.setCellValue(SpreadsheetText.neutralised(ResultRows.HEADER.get(c)));
        cell.setCellStyle(header);
      }
      int r = 1;
      for (List<Object> values : ResultRows.of(results, language)) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof Double d) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(decimal);
          } else if (value instanceof Long l) {
            row.createCell(c).setCellValue(l);
          } else if (value != null) {
            row.createCell(c).setCellValue(SpreadsheetText.neutralised(value.toString()));
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(
          new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, ResultRows.HEADER.size() - 1));
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
