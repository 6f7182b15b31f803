package org.barometer.platform.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.barometer.platform.rest.BodyTooLargeException;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

  private static InputStream bounded(byte[] bytes, long limit) {
    return new BoundedInputStream(
        new ByteArrayInputStream(bytes), limit, BodyTooLargeException::new);
  }

  @Test
  void aBodyUpToTheLimitIsReadWhole() throws IOException {
    byte[] body = new byte[1000];
    body[999] = 7;
    try (InputStream in = bounded(body, 1000)) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void oneByteMoreFailsAndSaysTheLimit() {
    InputStream in = bounded(new byte[3 * 1024 * 1024], 1 << 20);
    var e = assertThrows(BodyTooLargeException.class, in::readAllBytes);
    assertEquals(1 << 20, e.limit());
    assertEquals("The request body is larger than 1 MB.", e.getMessage());
  }

  @Test
  void singleBytesAreCountedToo() throws IOException {
    InputStream in = bounded(new byte[3], 2);
    in.read();
    in.read();
    assertThrows(BodyTooLargeException.class, in::read);
  }
}
