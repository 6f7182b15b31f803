package org.barometer.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  @Test
  void aBodyUpToTheLimitIsReadWhole() throws IOException {
    byte[] body = new byte[1000];
    body[999] = 7;
    try (InputStream in = new BoundedBody(new ByteArrayInputStream(body), 1000)) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void oneByteMoreFailsAndSaysTheLimit() {
    InputStream in = new BoundedBody(new ByteArrayInputStream(new byte[3 * 1024 * 1024]), 1 << 20);
    var e = assertThrows(BodyTooLargeException.class, in::readAllBytes);
    assertEquals(1 << 20, e.limit());
    assertEquals("The request body is larger than 1 MB.", e.getMessage());
  }

  @Test
  void singleBytesAreCountedToo() throws IOException {
    InputStream in = new BoundedBody(new ByteArrayInputStream(new byte[3]), 2);
    in.read();
    in.read();
    assertThrows(BodyTooLargeException.class, in::read);
  }
}
