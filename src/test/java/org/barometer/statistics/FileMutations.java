package org.barometer.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damaged copies of real statistics files, for the import fuzz tests: what a broken download, a
 * hand edit in the wrong editor or a hostile upload makes of a file. The same seed always gives the
 * same files, so a failure can be replayed from the seed and the mutant's name alone.
 *
 * <p>The kinds: truncation, byte edits, edits with the format's own punctuation, deleted ranges,
 * doubled, dropped and swapped lines, NULs, deep nesting, huge and odd numbers, other encodings
 * (UTF-16, a BOM, Latin-1, double-encoded UTF-8), other line ends, and texts longer than the
 * database's columns (codes over 40 and 60, titles over 1,000, notes over 4,000 characters).
 */
public final class FileMutations {

  /** One damaged file: {@code name} says which fixture and which damage, for the report. */
  public record Mutant(String name, String fileName, byte[] bytes) {}

  /** A real file the mutants start from. */
  public record Fixture(String fileName, byte[] bytes) {

    /** A file under {@code src/test/resources/official-stats/}. */
    public static Fixture of(String path) {
      try (InputStream in = FileMutations.class.getResourceAsStream("/official-stats/" + path)) {
        if (in == null) {
          throw new IllegalArgumentException("No fixture " + path);
        }
        return new Fixture(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private enum Kind {
    TRUNCATE,
    BYTE_EDIT,
    PUNCTUATION_EDIT,
    DELETE_RANGE,
    DOUBLE_LINE,
    DROP_LINE,
    SWAP_LINES,
    NUL,
    DEEP_NESTING,
    HUGE_NUMBER,
    REENCODE,
    LINE_ENDS,
    LONG_TEXT
  }

  private static final byte[] PUNCTUATION = "\"{}[],:;=()\n.-0 \\".getBytes(StandardCharsets.UTF_8);
  private static final String[] NUMBERS = {
    "1e400",
    "-1e400",
    "9".repeat(400),
    "1e-400",
    "123456789012345678901234567890",
    "NaN",
    "Infinity",
    "0x1F",
    "-0",
    "2147483648",
    "99999999999"
  };
  private static final int[] LONG_TEXTS = {41, 61, 201, 1_001, 2_001, 4_001, 70_000};
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{1,80})\"");

  private FileMutations() {}

  /** {@code count} mutants, the fixtures taken in turn and the kinds in turn. */
  public static List<Mutant> of(List<Fixture> fixtures, long seed, int count) {
    Random random = new Random(seed);
    Kind[] kinds = Kind.values();
    List<Mutant> mutants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Fixture f = fixtures.get(i % fixtures.size());
      Kind kind = kinds[(i / fixtures.size() + i) % kinds.length];
      StringBuilder how = new StringBuilder();
      byte[] bytes = mutate(f.bytes(), kind, random, how);
      mutants.add(new Mutant(i + " " + f.fileName() + " " + kind + how, f.fileName(), bytes));
    }
    return mutants;
  }

  private static byte[] mutate(byte[] b, Kind kind, Random r, StringBuilder how) {
    int n = b.length;
    switch (kind) {
      case TRUNCATE -> {
        int at = r.nextInt(n);
        how.append(" at ").append(at);
        return Arrays.copyOf(b, at);
      }
      case BYTE_EDIT, PUNCTUATION_EDIT -> {
        byte[] c = b.clone();
        int edits = 1 + r.nextInt(8);
        for (int e = 0; e < edits; e++) {
          int at = r.nextInt(n);
          c[at] =
              kind == Kind.BYTE_EDIT
                  ? (byte) r.nextInt(256)
                  : PUNCTUATION[r.nextInt(PUNCTUATION.length)];
          how.append(" @").append(at);
        }
        return c;
      }
      case DELETE_RANGE -> {
        int from = r.nextInt(n);
        int to = Math.min(n, from + 1 + r.nextInt(Math.max(1, n / 10)));
        how.append(" ").append(from).append("-").append(to);
        return concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, to, n));
      }
      case DOUBLE_LINE, DROP_LINE, SWAP_LINES -> {
        List<byte[]> lines = lines(b);
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        how.append(" line ").append(i + 1);
        if (kind == Kind.DOUBLE_LINE) {
          lines.add(i, lines.get(i));
        } else if (kind == Kind.DROP_LINE) {
          lines.remove(i);
        } else {
          byte[] t = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, t);
          how.append(" and ").append(j + 1);
        }
        return join(lines);
      }
      case NUL -> {
        int at = r.nextInt(n + 1);
        how.append(" at ").append(at);
        return concat(Arrays.copyOfRange(b, 0, at), new byte[1 + r.nextInt(3)], tail(b, at));
      }
      case DEEP_NESTING -> {
        int depth = 1 + r.nextInt(200_000);
        boolean closed = r.nextBoolean();
        String open = r.nextBoolean() ? "[" : r.nextBoolean() ? "{\"a\":" : "(";
        String close = open.equals("[") ? "]" : open.equals("(") ? ")" : "}";
        String nest = open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "");
        int at = after(b, r, (byte) (open.equals("(") ? '=' : ':'));
        how.append(" ").append(depth).append(" deep").append(closed ? "" : " unclosed");
        how.append(" at ").append(at);
        return concat(
            Arrays.copyOfRange(b, 0, at), nest.getBytes(StandardCharsets.US_ASCII), tail(b, at));
      }
      case HUGE_NUMBER -> {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        List<int[]> runs = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
          runs.add(new int[] {m.start(), m.end()});
        }
        String number = NUMBERS[r.nextInt(NUMBERS.length)];
        if (runs.isEmpty()) {
          return (text + number).getBytes(StandardCharsets.ISO_8859_1);
        }
        int[] run = runs.get(r.nextInt(runs.size()));
        how.append(" ").append(number.length() > 12 ? number.length() + " digits" : number);
        how.append(" at ").append(run[0]);
        return concat(
            Arrays.copyOfRange(b, 0, run[0]),
            number.getBytes(StandardCharsets.US_ASCII),
            tail(b, run[1]));
      }
      case REENCODE -> {
        String text = decode(b);
        int which = r.nextInt(6);
        how.append(" ").append(which);
        return switch (which) {
          case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
          case 1 -> text.getBytes(StandardCharsets.UTF_16);
          case 2 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
          case 3 -> text.getBytes(StandardCharsets.ISO_8859_1);
          case 4 ->
              new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                  .getBytes(StandardCharsets.UTF_8);
          default -> text.getBytes(Charset.forName("UTF-32"));
        };
      }
      case LINE_ENDS -> {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        boolean cr = r.nextBoolean();
        how.append(cr ? " CR" : " CRLF");
        return text.replace("\r\n", "\n")
            .replace("\n", cr ? "\r" : "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
      }
      case LONG_TEXT -> {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        List<int[]> quoted = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
          quoted.add(new int[] {m.start(1), m.end(1)});
        }
        int length = LONG_TEXTS[r.nextInt(LONG_TEXTS.length)];
        if (quoted.isEmpty()) {
          return b;
        }
        int[] q = quoted.get(r.nextInt(quoted.size()));
        how.append(" ").append(length).append(" at ").append(q[0]);
        return concat(
            Arrays.copyOfRange(b, 0, q[0]),
            "x".repeat(length).getBytes(StandardCharsets.US_ASCII),
            tail(b, q[1]));
      }
      default -> throw new AssertionError(kind);
    }
  }

  /** A position just after a random occurrence of {@code mark}, or a random position. */
  private static int after(byte[] b, Random r, byte mark) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] == mark) {
        at.add(i + 1);
      }
    }
    return at.isEmpty() ? r.nextInt(b.length + 1) : at.get(r.nextInt(at.size()));
  }

  private static String decode(byte[] b) {
    String utf8 = new String(b, StandardCharsets.UTF_8);
    return utf8.indexOf('\uFFFD') >= 0 ? new String(b, StandardCharsets.ISO_8859_1) : utf8;
  }

  private static List<byte[]> lines(byte[] b) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        lines.add(Arrays.copyOfRange(b, start, i + 1));
        start = i + 1;
      }
    }
    lines.add(Arrays.copyOfRange(b, start, b.length));
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    return concat(lines.toArray(byte[][]::new));
  }

  private static byte[] tail(byte[] b, int from) {
    return Arrays.copyOfRange(b, from, b.length);
  }

  private static byte[] concat(byte[]... parts) {
    int size = 0;
    for (byte[] p : parts) {
      size += p.length;
    }
    byte[] out = new byte[size];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
