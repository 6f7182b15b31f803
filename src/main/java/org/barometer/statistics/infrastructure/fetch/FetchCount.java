package org.barometer.statistics.infrastructure.fetch;

/**
 * What a fetch handed on: how many parts and cells (missing cells included), to check against the
 * office's own count of the table.
 */
public record FetchCount(int parts, long cells) {

  public FetchCount plus(FetchCount other) {
    return new FetchCount(parts + other.parts, cells + other.cells);
  }
}
