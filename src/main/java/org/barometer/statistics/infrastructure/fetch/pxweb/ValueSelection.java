package org.barometer.statistics.infrastructure.fetch.pxweb;

import java.util.List;
import java.util.Objects;

/**
 * Which values of one variable a query asks for. Resolved against the table's metadata into
 * explicit codes before anything is requested, so the client knows the exact number of cells of
 * each request and can split a query to the office's cell limit.
 */
public sealed interface ValueSelection {

  /** Every value of the variable. */
  static ValueSelection all() {
    return All.INSTANCE;
  }

  /** These codes, in the table's order. */
  static ValueSelection codes(String... codes) {
    return new Codes(List.of(codes));
  }

  static ValueSelection codes(List<String> codes) {
    return new Codes(codes);
  }

  /** The last {@code n} values in the table's order: for a time variable, the latest periods. */
  static ValueSelection latest(int n) {
    return new Latest(n);
  }

  /** The value with this code and every value after it (for time: this period onward). */
  static ValueSelection from(String code) {
    return new From(code);
  }

  /** The selected codes, in the variable's order; refuses codes the table does not have. */
  List<String> resolve(TableMetadata.Variable variable);

  /** Every value. */
  record All() implements ValueSelection {
    static final All INSTANCE = new All();

    @Override
    public List<String> resolve(TableMetadata.Variable variable) {
      return variable.values();
    }
  }

  /** Named values. */
  record Codes(List<String> codes) implements ValueSelection {
    public Codes {
      codes = List.copyOf(codes);
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("Select at least one code");
      }
    }

    @Override
    public List<String> resolve(TableMetadata.Variable variable) {
      List<String> unknown = codes.stream().filter(c -> !variable.values().contains(c)).toList();
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "Variable " + variable.code() + " has no value " + String.join(", ", unknown));
      }
      return variable.values().stream().filter(codes::contains).toList();
    }
  }

  /** The last n values. */
  record Latest(int n) implements ValueSelection {
    public Latest {
      if (n < 1) {
        throw new IllegalArgumentException("latest(n) needs n >= 1, not " + n);
      }
    }

    @Override
    public List<String> resolve(TableMetadata.Variable variable) {
      List<String> values = variable.values();
      return values.subList(Math.max(0, values.size() - n), values.size());
    }
  }

  /** From one value on. */
  record From(String code) implements ValueSelection {
    public From {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public List<String> resolve(TableMetadata.Variable variable) {
      int at = variable.values().indexOf(code);
      if (at < 0) {
        throw new IllegalArgumentException(
            "Variable " + variable.code() + " has no value " + code + " to start from");
      }
      return variable.values().subList(at, variable.values().size());
    }
  }
}
