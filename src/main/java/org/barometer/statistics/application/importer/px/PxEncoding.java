package org.barometer.statistics.application.importer.px;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Decides a PX file's encoding and decodes it. Order: a UTF-8 byte-order mark; else the CODEPAGE
 * keyword (it wins over CHARSET, as in Statistics Greenland's CODEPAGE="utf-8" with
 * CHARSET="ANSI"); else Windows-1252 (CHARSET="ANSI", and also when neither is given: every file we
 * have seen without CODEPAGE is ANSI, although the PX spec would mean DOS code page 437 there).
 * Bytes that are invalid in the chosen encoding are refused, never replaced, and so is a NUL
 * character, which no PX writer puts in a text file and no database column takes.
 */
final class PxEncoding {

  private static final Map<String, Charset> CODEPAGES =
      Map.of(
          "iso-8859-1", StandardCharsets.ISO_8859_1,
          "iso8859-1", StandardCharsets.ISO_8859_1,
          "latin1", StandardCharsets.ISO_8859_1,
          "iso-8859-15", Charset.forName("ISO-8859-15"),
          "iso8859-15", Charset.forName("ISO-8859-15"),
          "windows-1252", Charset.forName("windows-1252"),
          "cp1252", Charset.forName("windows-1252"),
          "utf-8", StandardCharsets.UTF_8,
          "utf8", StandardCharsets.UTF_8,
          "us-ascii", StandardCharsets.US_ASCII);

  private PxEncoding() {}

  static String decode(String fileName, byte[] bytes) throws ImportException {
    int offset = 0;
    Charset charset;
    String why;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      offset = 3;
      charset = StandardCharsets.UTF_8;
      why = "its UTF-8 byte-order mark";
    } else {
      String codepage = headerValue(bytes, "CODEPAGE");
      if (codepage != null) {
        charset = CODEPAGES.get(codepage.trim().toLowerCase(Locale.ROOT));
        if (charset == null) {
          throw new ImportException(
              fileName,
              "keyword CODEPAGE",
              "unknown encoding \""
                  + codepage
                  + "\"; supported are iso-8859-1, iso-8859-15, windows-1252 and utf-8");
        }
        why = "CODEPAGE=\"" + codepage + "\"";
      } else {
        charset = Charset.forName("windows-1252");
        String charsetKeyword = headerValue(bytes, "CHARSET");
        why =
            charsetKeyword == null
                ? "no CODEPAGE or CHARSET, so Windows-1252"
                : "CHARSET=\"" + charsetKeyword + "\", read as Windows-1252";
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) ((bytes.length - offset) * 1.0) + 16);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ImportException(
          fileName,
          "line " + line,
          String.format(
              "byte 0x%02X is not valid %s (the encoding chosen from %s)",
              bytes[at] & 0xff, charset.name(), why));
    }
    result = decoder.flush(out);
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new ImportException(
          fileName,
          "line " + (1 + text.substring(0, nul).chars().filter(c -> c == '\n').count()),
          "the file holds a NUL character (byte 0x00): a PX file is text, is this one damaged or"
              + " in UTF-16?");
    }
    return text;
  }

  /**
   * The quoted value of a keyword at the start of a header line, read from the raw bytes as ASCII,
   * or null. Stops at the DATA line.
   */
  static String headerValue(byte[] bytes, String keyword) {
    int n = bytes.length;
    int p = 0;
    while (p < n) {
      if (startsWith(bytes, p, "DATA")) {
        int q = p + 4;
        while (q < n && (bytes[q] == ' ' || bytes[q] == '\t')) {
          q++;
        }
        if (q < n && bytes[q] == '=') {
          return null;
        }
      }
      if (startsWith(bytes, p, keyword)) {
        int q = p + keyword.length();
        while (q < n && (bytes[q] == ' ' || bytes[q] == '\t')) {
          q++;
        }
        if (q < n && bytes[q] == '=') {
          q++;
          while (q < n && (bytes[q] == ' ' || bytes[q] == '\t')) {
            q++;
          }
          if (q < n && bytes[q] == '"') {
            int end = q + 1;
            while (end < n && bytes[end] != '"' && bytes[end] != '\n' && end - q < 100) {
              end++;
            }
            if (end < n && bytes[end] == '"') {
              return new String(bytes, q + 1, end - q - 1, StandardCharsets.ISO_8859_1);
            }
          }
        }
      }
      while (p < n && bytes[p] != '\n') {
        p++;
      }
      p++;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int p, String word) {
    if (p + word.length() > bytes.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.toUpperCase((char) (bytes[p + i] & 0xff)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
