package org.barometer.platform.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the text of a hand-written file into SnakeYAML's node tree, safely: bounded size, aliases
 * and nesting (a "billion laughs" file is refused, not expanded), no duplicate or recursive keys,
 * and a syntax error reported with its line and column. JSON is read the same way (a JSON document
 * is a YAML flow document), so one reader serves both formats with the same error messages.
 */
public final class YamlDocuments {

  private static final int MAX_ALIASES = 50;
  private static final int MAX_NESTING = 30;

  private YamlDocuments() {}

  /**
   * The root cursor of a document.
   *
   * @param maxChars the largest text accepted
   * @param failure makes the reader's exception
   * @throws E for a file too large, a syntax error or an empty file
   */
  public static <E extends Exception> YamlCursor<E> compose(
      String fileName, String text, int maxChars, YamlCursor.Failure<E> failure) throws E {
    if (text.length() > maxChars) {
      throw failure.at(fileName, 0, 0, "", "the file is larger than " + maxChars + " characters");
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(maxChars + 1);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    Node node;
    try {
      node = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = "YAML syntax error: " + e.getProblem();
      if (e.getContext() != null) {
        problem += " (" + e.getContext() + ")";
      }
      if (mark == null) {
        throw failure.at(fileName, 0, 0, "", problem);
      }
      throw failure.at(fileName, mark.getLine() + 1, mark.getColumn() + 1, "", problem);
    } catch (YAMLException e) {
      throw failure.at(fileName, 0, 0, "", "cannot read the file: " + e.getMessage());
    }
    if (node == null) {
      throw failure.at(fileName, 1, 1, "", "the file is empty");
    }
    return YamlCursor.root(fileName, node, failure);
  }
}
