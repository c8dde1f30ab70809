package org.unoda.poa.reporting.synthesis;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers of every current submitted report, one row per State, question and cycle
 * (unanswered questions included, with an empty answer), streamed from the database so the
 * export never holds them all in memory. For the secretariat, who may read every submitted
 * report.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
public class AnswerExport {

	private final JdbcClient jdbc;

	AnswerExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Refuses a viewer who may not export, before anything is streamed.
	 */
	public void checkAllowed() {
		// the class-level rule does the check
	}

	/**
	 * @param cycleId only this cycle, or {@code null} for all cycles
	 * @param rows receives each row in order: cycle, State, section, question
	 */
	public void export(Long cycleId, Consumer<ExportRow> rows) {
		this.jdbc.sql("""
				select c.title, s.iso3, s.name_en, s.regional_group, r.revision, r.visibility, r.language,
				       r.submitted_at, ts.code as section_code, q.code as question_code, q.pillar, q.norm, q.type,
				       q.text, a.text_value, a.choices, a.number_value, a.date_value
				from national_report r
				join state s on s.id = r.state_id
				join reporting_cycle c on c.id = r.cycle_id
				join template_section ts on ts.template_id = c.template_id
				join template_question q on q.section_id = ts.id
				left join report_answer a on a.report_id = r.id and a.question_id = q.id
				where r.status = 'SUBMITTED' and not r.superseded and (:cycle = 0 or r.cycle_id = :cycle)
				order by c.opens_on, s.name_en, ts.position, q.position
				""").param("cycle", (cycleId != null) ? cycleId : 0L).query((rs) -> {
			Timestamp submitted = rs.getTimestamp("submitted_at");
			rows.accept(new ExportRow(rs.getString("title"), rs.getString("iso3"), rs.getString("name_en"),
					nonNull(rs.getString("regional_group")), rs.getInt("revision"), rs.getString("visibility"),
					rs.getString("language"), (submitted != null) ? submitted.toInstant() : null,
					rs.getString("section_code"), rs.getString("question_code"), rs.getString("pillar"),
					nonNull(rs.getString("norm")), rs.getString("type"), rs.getString("text"),
					answer(rs.getString("text_value"), rs.getArray("choices"), rs.getBigDecimal("number_value"),
							rs.getDate("date_value"))));
		});
	}

	private static String answer(String text, Array choices, BigDecimal number, Date date) throws SQLException {
		if (text != null) {
			return text;
		}
		if (number != null) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (date != null) {
			return date.toLocalDate().toString();
		}
		if (choices != null) {
			return String.join("; ", List.of((String[]) choices.getArray()));
		}
		return "";
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
