package org.barometer.analysis.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.barometer.analysis.domain.AnswerStatistics;
import org.barometer.analysis.domain.Background;
import org.barometer.analysis.domain.BackgroundQuestions;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.IndexItems;
import org.barometer.analysis.domain.PairedSums;

/**
 * Counts a cycle's answers in SQL, grouped by item, background and answer, with plain JDBC: the
 * result is a few thousand rows of counts, and no answer is ever loaded as an entity.
 *
 * <p>Each respondent's background (their answers to the industry, size and years questions) is
 * pivoted once per query and joined by response. Index values are computed per respondent in the
 * database from the template's weights, passed as a {@code VALUES} table. The same SQL runs on
 * PostgreSQL and on H2 in PostgreSQL mode.
 */
@ApplicationScoped
public class JdbcAnswerStatistics implements AnswerStatistics {

  /** Never a question code (codes match {@code [a-z][a-z0-9_]*}): a background not asked. */
  private static final String NOT_ASKED = "";

  private static final String BACKGROUND =
      """
      bg as (
        select b.response_id,
               max(case when b.question_code = ? then b.choice end) as industry,
               max(case when b.question_code = ? then b.choice end) as size_class,
               max(case when b.question_code = ? then b.choice end) as years
        from answer b join response br on br.id = b.response_id
        where br.cycle_id = ? and b.question_code in (?, ?, ?)
        group by b.response_id)
      """;

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  protected JdbcAnswerStatistics() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcAnswerStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<CellCount> questionCells(
      long cycleId, BackgroundQuestions background, Collection<String> questionCodes) {
    if (questionCodes.isEmpty()) {
      return List.of();
    }
    String sql =
        "with "
            + BACKGROUND
            + """
            select a.question_code, bg.industry, bg.size_class, bg.years,
                   a.number_value, a.choice, a.dont_know, count(*)
            from answer a
            join response r on r.id = a.response_id
            left join bg on bg.response_id = a.response_id
            where r.cycle_id = ? and a.question_code in (%s)
              and (a.number_value is not null or a.choice is not null or a.dont_know)
            group by a.question_code, bg.industry, bg.size_class, bg.years,
                     a.number_value, a.choice, a.dont_know
            """
                .formatted(placeholders(questionCodes.size()));
    return query(
        sql,
        statement -> {
          int p = bindBackground(statement, 1, cycleId, background);
          statement.setLong(p++, cycleId);
          for (String code : questionCodes) {
            statement.setString(p++, code);
          }
        },
        JdbcAnswerStatistics::cell);
  }

  @Override
  public List<CellCount> indexCells(
      long cycleId, BackgroundQuestions background, List<IndexItems> indices) {
    List<Object[]> items = weightRows(indices);
    if (items.isEmpty()) {
      return List.of();
    }
    String sql =
        scoresWith(items.size())
            + ", "
            + BACKGROUND
            + """
            select s.index_code, bg.industry, bg.size_class, bg.years,
                   round(cast(s.score as numeric), 9), cast(null as varchar(60)), false, count(*)
            from scores s
            left join bg on bg.response_id = s.response_id
            group by s.index_code, bg.industry, bg.size_class, bg.years,
                     round(cast(s.score as numeric), 9)
            """;
    return query(
        sql,
        statement -> {
          int p = bindScores(statement, items, cycleId);
          bindBackground(statement, p, cycleId, background);
        },
        JdbcAnswerStatistics::cell);
  }

  @Override
  public Map<String, PairedSums> pairedWith(
      long cycleId, List<IndexItems> drivers, IndexItems driven) {
    List<IndexItems> all = new ArrayList<>(drivers);
    all.add(driven);
    List<Object[]> items = weightRows(all);
    String sql =
        scoresWith(items.size())
            + """
            select f.index_code, count(*), sum(f.score), sum(o.score),
                   sum(f.score * f.score), sum(o.score * o.score), sum(f.score * o.score)
            from scores f
            join scores o on o.response_id = f.response_id and o.index_code = ?
            where f.index_code <> ?
            group by f.index_code
            """;
    return query(
            sql,
            statement -> {
              int p = bindScores(statement, items, cycleId);
              statement.setString(p++, driven.code());
              statement.setString(p, driven.code());
            },
            rows ->
                Map.entry(
                    rows.getString(1),
                    new PairedSums(
                        rows.getLong(2),
                        rows.getDouble(3),
                        rows.getDouble(4),
                        rows.getDouble(5),
                        rows.getDouble(6),
                        rows.getDouble(7))))
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * The common table {@code scores (index_code, response_id, score)}: each respondent's 0–100 value
   * of each index, from the weights passed as a {@code VALUES} table {@code w}.
   */
  private static String scoresWith(int weightRows) {
    String row =
        "(cast(? as varchar(60)), cast(? as varchar(60)), cast(? as double precision),"
            + " cast(? as double precision), cast(? as double precision))";
    return "with w (index_code, question_code, weight, points, min_weight) as (values "
        + String.join(", ", Collections.nCopies(weightRows, row))
        + "), "
        + """
        scores as (
          select w.index_code, a.response_id,
                 sum(w.weight * (a.number_value - 1) / (w.points - 1)) * 100
                   / sum(w.weight) as score
          from answer a
          join response r on r.id = a.response_id
          join w on w.question_code = a.question_code
          where r.cycle_id = ? and a.number_value is not null and not a.dont_know
          group by w.index_code, w.min_weight, a.response_id
          having sum(w.weight) >= w.min_weight * (1 - 1e-12))
        """;
  }

  private static List<Object[]> weightRows(List<IndexItems> indices) {
    List<Object[]> items = new ArrayList<>();
    for (IndexItems index : indices) {
      for (Map.Entry<String, Double> weight : index.weights().entrySet()) {
        items.add(
            new Object[] {
              index.code(),
              weight.getKey(),
              weight.getValue(),
              index.points().get(weight.getKey()),
              index.minWeight()
            });
      }
    }
    return items;
  }

  private static int bindScores(PreparedStatement statement, List<Object[]> items, long cycleId)
      throws SQLException {
    int p = 1;
    for (Object[] item : items) {
      statement.setString(p++, (String) item[0]);
      statement.setString(p++, (String) item[1]);
      statement.setDouble(p++, (Double) item[2]);
      statement.setDouble(p++, (Integer) item[3]);
      statement.setDouble(p++, (Double) item[4]);
    }
    statement.setLong(p++, cycleId);
    return p;
  }

  private static int bindBackground(
      PreparedStatement statement, int p, long cycleId, BackgroundQuestions background)
      throws SQLException {
    String[] codes = {
      orNotAsked(background.industry()),
      orNotAsked(background.size()),
      orNotAsked(background.years())
    };
    for (String code : codes) {
      statement.setString(p++, code);
    }
    statement.setLong(p++, cycleId);
    for (String code : codes) {
      statement.setString(p++, code);
    }
    return p;
  }

  private static String orNotAsked(String code) {
    return code == null ? NOT_ASKED : code;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private static CellCount cell(ResultSet rows) throws SQLException {
    double number = rows.getDouble(5);
    Double value = rows.wasNull() ? null : number;
    return new CellCount(
        rows.getString(1),
        new Background(rows.getString(2), rows.getString(3), rows.getString(4)),
        value,
        rows.getString(6),
        rows.getBoolean(7),
        rows.getLong(8));
  }

  private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          rows.add(reader.read(row));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Counting the answers failed: " + e.getMessage(), e);
    }
  }
}
