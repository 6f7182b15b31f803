package org.barometer.statistics.application.importer;

/**
 * A file that cannot be imported, with where the problem is and what it is. The whole file is
 * refused: nothing of it is stored.
 */
public class ImportException extends Exception {

  private final String fileName;
  private final String location;
  private final String problem;

  /**
   * @param fileName the file as the user named it
   * @param location where in the file: "line 12", "key dimension.Tid.category.index", "cell 1250"
   * @param problem what is wrong, in a sentence
   */
  public ImportException(String fileName, String location, String problem) {
    super(fileName + (location == null ? "" : ", " + location) + ": " + problem);
    this.fileName = fileName;
    this.location = location;
    this.problem = problem;
  }

  public String fileName() {
    return fileName;
  }

  public String location() {
    return location;
  }

  public String problem() {
    return problem;
  }
}
