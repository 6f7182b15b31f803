package org.barometer.survey.application.template;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a template folder file by file, turning every failure into a problem for that file only.
 * Duplicate (code, version) pairs drop all the files involved: keeping one of them would be an
 * arbitrary choice about what a new cycle asks.
 */
final class CatalogLoader {

  /** Files above this size are not even read; templates are a few kilobytes. */
  static final long MAX_BYTES = 1_048_576;

  private final TemplateParser parser;

  CatalogLoader(TemplateParser parser) {
    this.parser = parser;
  }

  CatalogLoad load(Path dir) {
    List<TemplateException> problems = new ArrayList<>();
    List<Path> files;
    try {
      files = templateFiles(dir);
    } catch (IOException e) {
      problems.add(TemplateException.wholeFile(dir.toString(), "cannot list the folder: " + e));
      return new CatalogLoad(TemplateCatalog.empty(), problems);
    }
    Map<String, List<LoadedTemplate>> byKey = new LinkedHashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        String text = read(file, name);
        LoadedTemplate loaded = new LoadedTemplate(parser.parse(name, text), text, name);
        byKey
            .computeIfAbsent(loaded.code() + "\u0000" + loaded.version(), k -> new ArrayList<>())
            .add(loaded);
      } catch (TemplateException e) {
        problems.add(e);
      }
    }
    List<LoadedTemplate> good = new ArrayList<>();
    for (List<LoadedTemplate> same : byKey.values()) {
      if (same.size() == 1) {
        good.add(same.get(0));
        continue;
      }
      String names = same.stream().map(LoadedTemplate::fileName).collect(Collectors.joining(", "));
      for (LoadedTemplate loaded : same) {
        problems.add(
            TemplateException.wholeFile(
                loaded.fileName(),
                "template '"
                    + loaded.code()
                    + "' version "
                    + loaded.version()
                    + " is defined in more than one file ("
                    + names
                    + "); bump the version in the newer one"));
      }
    }
    return new CatalogLoad(TemplateCatalog.of(good), problems);
  }

  private static List<Path> templateFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path path : stream) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(path)) {
          files.add(path);
        }
      }
    }
    files.sort(null);
    return files;
  }

  private static String read(Path file, String name) throws TemplateException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw TemplateException.wholeFile(name, "the file is larger than 1 MB");
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw TemplateException.wholeFile(name, "the file is not valid UTF-8; save it as UTF-8");
    } catch (IOException e) {
      throw TemplateException.wholeFile(name, "cannot read the file: " + e);
    }
  }
}
