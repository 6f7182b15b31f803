package org.barometer.platform.web;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of every download, written per RFC 6266 whatever the file
 * name holds. A name is partly the user's (a plan's file as it was uploaded): written between
 * quotes as it is, {@code x.yaml"; filename="evil.html} would name another file and a line break
 * would start another header. So the quoted {@code filename} is an ASCII stand-in, with quotes,
 * backslashes, separators and control characters replaced, and {@code filename*} carries the real
 * name percent-encoded in UTF-8 (RFC 8187), which browsers prefer.
 */
public final class ContentDisposition {

  private static final String ATTR_CHARS = "!#$&+-.^_`|~";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final int MAX_LENGTH = 200;

  private ContentDisposition() {}

  /** {@code attachment; filename="..."; filename*=UTF-8''...} for a file name. */
  public static String attachment(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "download" : fileName.strip();
    if (name.length() > MAX_LENGTH) {
      name = name.substring(name.length() - MAX_LENGTH);
    }
    return "attachment; filename=\""
        + asciiFallback(name)
        + "\"; filename*=UTF-8''"
        + encoded(name);
  }

  static String asciiFallback(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/' && c != ';';
      out.append(plain ? c : '_');
    }
    return out.toString();
  }

  static String encoded(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || ATTR_CHARS.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }
}
