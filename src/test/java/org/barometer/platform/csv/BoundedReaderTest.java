package org.barometer.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedReaderTest {

  private static String readAll(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[3];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  /** ASCII, Latin, CJK and an emoji (a surrogate pair): 1, 2, 3 and 4 bytes a character. */
  @ParameterizedTest
  @ValueSource(strings = {"measure", "Bodø Ålesund", "\uFEFF区域", "a😀b"})
  void utf8BytesCountWhatTheEncodedFileHas(String text) throws IOException {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    var exact = new BoundedReader(new StringReader(text), bytes, BoundedReader.Unit.UTF8_BYTES);
    assertEquals(text, readAll(exact));

    var tooSmall =
        new BoundedReader(new StringReader(text), bytes - 1, BoundedReader.Unit.UTF8_BYTES);
    var e = assertThrows(BoundedReader.TooLargeException.class, () -> readAll(tooSmall));
    assertEquals("more than " + (bytes - 1) + " bytes", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"measure", "Bodø Ålesund"})
  void charactersCountCharactersAlsoWhenSkipped(String text) throws IOException {
    var exact =
        new BoundedReader(new StringReader(text), text.length(), BoundedReader.Unit.CHARACTERS);
    assertEquals(text.length(), exact.skip(text.length() + 10));

    var tooSmall =
        new BoundedReader(new StringReader(text), text.length() - 1, BoundedReader.Unit.CHARACTERS);
    var e = assertThrows(BoundedReader.TooLargeException.class, () -> tooSmall.skip(100));
    assertEquals("more than " + (text.length() - 1) + " characters", e.getMessage());
  }
}
