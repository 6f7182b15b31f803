package org.barometer.meeting.domain;

import java.time.Instant;
import org.barometer.platform.error.TextInput;

/**
 * The minutes of a meeting: formatted text (Markdown, so it can be shown as HTML and still reads as
 * plain text in an e-mail), one current version, with who wrote it last.
 */
public record Minutes(long meetingId, String body, Instant updatedAt, String updatedBy) {

  public Minutes {
    body = TextInput.required("body", body, 200_000);
    updatedBy = TextInput.required("updatedBy", updatedBy, 200);
  }
}
