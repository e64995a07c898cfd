package dev.treaty.broker.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;

/** Row mappers for the stored records, written out so they work the same on H2 and PostgreSQL. */
final class Rows {
  private Rows() {}

  static final String PACTICIPANT_COLUMNS =
      "p.id, p.name, p.display_name, p.main_branch, p.repository_url, p.team, p.runbook_url, p.docs_url, p.created_at, p.updated_at";
  static final String VERSION_COLUMNS = "v.id, v.pacticipant_id, v.number, v.version_order, v.build_url, v.created_at";
  static final String ENVIRONMENT_COLUMNS = "e.id, e.uuid, e.name, e.display_name, e.production, e.contacts, e.created_at";

  static final RowMapper<Pacticipant> PACTICIPANT = (rs, ctx) -> new Pacticipant(
      rs.getLong("id"), rs.getString("name"), rs.getString("display_name"), rs.getString("main_branch"),
      rs.getString("repository_url"), rs.getString("team"), rs.getString("runbook_url"), rs.getString("docs_url"),
      instant(rs, "created_at"), instant(rs, "updated_at"));

  static final RowMapper<Version> VERSION = (rs, ctx) -> new Version(
      rs.getLong("id"), rs.getLong("pacticipant_id"), rs.getString("number"), rs.getLong("version_order"),
      rs.getString("build_url"), instant(rs, "created_at"));

  static final RowMapper<Branch> BRANCH = (rs, ctx) -> new Branch(
      rs.getLong("id"), rs.getLong("pacticipant_id"), rs.getString("name"), instant(rs, "created_at"));

  static final RowMapper<Tag> TAG = (rs, ctx) -> new Tag(
      rs.getLong("id"), rs.getLong("version_id"), rs.getString("name"), instant(rs, "created_at"));

  static final RowMapper<Environment> ENVIRONMENT = (rs, ctx) -> new Environment(
      rs.getLong("id"), rs.getString("uuid"), rs.getString("name"), rs.getString("display_name"),
      rs.getBoolean("production"), rs.getString("contacts"), instant(rs, "created_at"));

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
