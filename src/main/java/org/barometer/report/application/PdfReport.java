package org.barometer.report.application;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a report as PDF: the XHTML of {@link ReportHtml} laid out by openhtmltopdf on PDFBox, with
 * DejaVu Sans embedded (a subset) so that æ ø å ä ö print on every reader, and the charts drawn
 * from their SVG as vectors.
 */
public final class PdfReport {

  static final String FONT = "DejaVu Sans";
  private static final String FONTS = "/org/barometer/report/fonts/";

  private PdfReport() {}

  public static byte[] of(ReportModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> PdfReport.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"),
          FONT,
          400,
          FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> PdfReport.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"),
          FONT,
          700,
          FontStyle.NORMAL,
          true);
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withHtmlContent(ReportHtml.of(model), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report as PDF", e);
    }
    return out.toByteArray();
  }
}
