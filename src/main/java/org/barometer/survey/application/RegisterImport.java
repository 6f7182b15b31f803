package org.barometer.survey.application;

/** What an upload of the business register did: rows read, new invitations, already invited. */
public record RegisterImport(int businesses, int invited, int alreadyInvited) {}
