package org.barometer.statistics.application.importer.jsonstat;

import java.util.Arrays;

/**
 * Primitive arrays that grow as cells are read, because {@code value} and {@code status} may come
 * before {@code size} in the file. A million cells cost 8 MB as doubles, not a million objects.
 */
final class Growable {

  private Growable() {}

  private static int grow(int length, int needed) {
    return Math.max(needed, length < 1 << 20 ? Math.max(16, length * 2) : length + (length >> 1));
  }

  static final class Doubles {
    private double[] data;
    private int size;

    Doubles(int capacity) {
      data = new double[Math.max(capacity, 1)];
    }

    void add(double v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, grow(data.length, size + 1));
      }
      data[size++] = v;
    }

    int size() {
      return size;
    }

    double get(int i) {
      return data[i];
    }

    /** The values, trimmed to their count (the same array when it is exactly full). */
    double[] toArray() {
      return size == data.length ? data : Arrays.copyOf(data, size);
    }
  }

  static final class Ints {
    private int[] data = new int[16];
    private int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, grow(data.length, size + 1));
      }
      data[size++] = v;
    }

    int size() {
      return size;
    }

    int get(int i) {
      return data[i];
    }
  }

  static final class Strings {
    private String[] data = new String[16];
    private int size;

    void add(String v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, grow(data.length, size + 1));
      }
      data[size++] = v;
    }

    int size() {
      return size;
    }

    String get(int i) {
      return data[i];
    }
  }
}
