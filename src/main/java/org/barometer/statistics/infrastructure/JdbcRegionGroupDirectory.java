package org.barometer.statistics.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.barometer.platform.persistence.JdbcTransactions;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.RegionGroup;
import org.barometer.statistics.domain.RegionGroupDirectory;
import org.barometer.statistics.domain.RegionGroups;

/**
 * Shipped groups from {@link RegionGroups#shipped()}, defined groups from the tables {@code
 * stat_region_group} and {@code stat_region_group_member}. Defined groups are few and small, so
 * they are read on every call rather than cached: a change shows at once on every server.
 */
@ApplicationScoped
public class JdbcRegionGroupDirectory implements RegionGroupDirectory {

  private final RegionGroups shipped = RegionGroups.shipped();

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Inject JdbcTransactions transactions;

  protected JdbcRegionGroupDirectory() {}

  /** For use outside a container. */
  public JdbcRegionGroupDirectory(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public List<RegionGroup> all() {
    List<RegionGroup> all = new ArrayList<>(shipped.all());
    all.addAll(defined().values());
    return all;
  }

  @Override
  public Optional<RegionGroup> group(String code) {
    Optional<RegionGroup> found = shipped.group(code);
    return found.isPresent() ? found : Optional.ofNullable(defined().get(code));
  }

  @Override
  public void define(RegionGroup group) {
    if (group.kind() != RegionGroup.Kind.USER) {
      throw new IllegalArgumentException("Only user-defined groups can be defined here");
    }
    if (shipped.group(group.code()).isPresent()) {
      throw new IllegalArgumentException(
          "The code " + group.code() + " is taken by a group shipped with Barometer");
    }
    String country =
        group.members().isEmpty() ? Country.NO.name() : group.members().get(0).country().name();
    transactions.run(
        "Saving group " + group.code(),
        c -> {
          delete(c, group.code());
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into stat_region_group (code, name, country) values (?, ?, ?)")) {
            insert.setString(1, group.code());
            insert.setString(2, group.name());
            insert.setString(3, country);
            insert.executeUpdate();
          }
          try (PreparedStatement member =
              c.prepareStatement(
                  "insert into stat_region_group_member (group_code, position, code)"
                      + " values (?, ?, ?)")) {
            int position = 0;
            for (RegionCode m : group.members()) {
              member.setString(1, group.code());
              member.setInt(2, position++);
              member.setString(3, m.code());
              member.addBatch();
            }
            member.executeBatch();
          }
        });
  }

  @Override
  public boolean remove(String code) {
    try (Connection c = dataSource.getConnection()) {
      return delete(c, code) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Removing group " + code + " failed", e);
    }
  }

  private static int delete(Connection c, String code) throws SQLException {
    try (PreparedStatement members =
            c.prepareStatement("delete from stat_region_group_member where group_code = ?");
        PreparedStatement group =
            c.prepareStatement("delete from stat_region_group where code = ?")) {
      members.setString(1, code);
      members.executeUpdate();
      group.setString(1, code);
      return group.executeUpdate();
    }
  }

  private Map<String, RegionGroup> defined() {
    Map<String, String[]> heads = new LinkedHashMap<>();
    Map<String, List<RegionCode>> members = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select g.code, g.name, g.country, m.code from stat_region_group g"
                    + " left join stat_region_group_member m on m.group_code = g.code"
                    + " order by g.code, m.position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String code = rs.getString(1);
        Country country = Country.valueOf(rs.getString(3));
        heads.putIfAbsent(code, new String[] {rs.getString(2)});
        List<RegionCode> list = members.computeIfAbsent(code, k -> new ArrayList<>());
        String member = rs.getString(4);
        if (member != null) {
          list.add(RegionCodes.normalise(member, country));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading region groups failed", e);
    }
    Map<String, RegionGroup> groups = new LinkedHashMap<>();
    heads.forEach(
        (code, head) ->
            groups.put(
                code, new RegionGroup(code, RegionGroup.Kind.USER, head[0], members.get(code))));
    return groups;
  }
}
