package org.barometer.meeting.application;

import java.time.Instant;

/**
 * The answer to a registration from the public page, the same for every address: a link is on its
 * way by e-mail, and works until {@code expiresAt}.
 */
public record PendingAnswer(Instant expiresAt) {}
