/**
 * Reading files that staff write by hand in YAML (or JSON): questionnaire templates in {@code
 * surveys/}, plan files in {@code plans/}. Each reader says what its keys mean; what every such
 * reader needs lives here once: safe composition of the node tree ({@link
 * org.barometer.platform.yaml.YamlDocuments}) and strict reading with the file, line, column and
 * path of every problem ({@link org.barometer.platform.yaml.YamlCursor}).
 */
package org.barometer.platform.yaml;
