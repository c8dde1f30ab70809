package org.unoda.poa.web.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Reads the audit trail, newest first, filtered by what changed, who changed it and when. The
 * trail is written by the database's triggers; nothing here or anywhere else changes it.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
public class AuditTrail {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * One page of the entries that pass the filter, with whether an older page follows.
	 */
	AuditPage search(AuditFilter filter, int page) {
		StringBuilder sql = new StringBuilder(
				"select id, changed_at, changed_by, table_name, row_id, action, before::text as before, "
						+ "after::text as after from audit_log where true");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (filter.kind() != null) {
			sql.append(" and table_name = any(:tables::varchar[])");
			parameters.put("tables", filter.kind().tables().toArray(String[]::new));
		}
		if (filter.rowId() != null) {
			sql.append(" and row_id = :rowId");
			parameters.put("rowId", filter.rowId());
		}
		if (StringUtils.hasText(filter.person())) {
			sql.append(" and lower(changed_by) = lower(:person)");
			parameters.put("person", filter.person().strip());
		}
		if (filter.from() != null) {
			sql.append(" and changed_at >= :from");
			parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			sql.append(" and changed_at < :to");
			parameters.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		sql.append(" order by changed_at desc, id desc limit :limit offset :offset");
		parameters.put("limit", PAGE_SIZE + 1);
		parameters.put("offset", Math.max(page, 0) * PAGE_SIZE);
		List<AuditEntry> entries = this.jdbc.sql(sql.toString()).params(parameters).query(this::entry).list();
		boolean more = entries.size() > PAGE_SIZE;
		return new AuditPage(more ? entries.subList(0, PAGE_SIZE) : entries, Math.max(page, 0), more);
	}

	private AuditEntry entry(ResultSet row, int number) throws SQLException {
		String table = row.getString("table_name");
		Long rowId = row.getObject("row_id", Long.class);
		return new AuditEntry(row.getLong("id"), row.getTimestamp("changed_at").toInstant(),
				row.getString("changed_by"), AuditKind.ofTable(table), table, rowId,
				row.getString("action"), changes(row.getString("before"), row.getString("after")));
	}

	private List<AuditEntry.Change> changes(String before, String after) {
		JsonNode was = (before != null) ? this.json.readTree(before) : null;
		JsonNode became = (after != null) ? this.json.readTree(after) : null;
		Set<String> fields = new LinkedHashSet<>();
		if (was != null) {
			fields.addAll(was.propertyNames());
		}
		if (became != null) {
			fields.addAll(became.propertyNames());
		}
		List<AuditEntry.Change> changes = new ArrayList<>(fields.size());
		for (String field : fields.stream().sorted().toList()) {
			changes.add(new AuditEntry.Change(field, text(was, field), text(became, field)));
		}
		return changes;
	}

	private static String text(JsonNode row, String field) {
		if (row == null || !row.has(field)) {
			return null;
		}
		JsonNode value = row.get(field);
		if (value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach(item -> items.add(item.isString() ? item.asString() : item.toString()));
			return String.join(", ", items);
		}
		return value.isString() ? value.asString() : value.toString();
	}

	/**
	 * What to show: all of it, or one kind, one thing, one person, a span of days (UTC).
	 */
	record AuditFilter(AuditKind kind, Long rowId, String person, LocalDate from, LocalDate to) {

	}

	/**
	 * A page of entries, and whether an older page follows.
	 */
	record AuditPage(List<AuditEntry> entries, int number, boolean more) {

	}

}
