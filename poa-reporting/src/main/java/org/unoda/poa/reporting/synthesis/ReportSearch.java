package org.unoda.poa.reporting.synthesis;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.report.ReportStatus;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

/**
 * Full-text search across the reports a viewer may read (PostgreSQL full-text search). Each
 * report is indexed in its own language and word for word; a query is matched in every
 * report language, so "implementing" finds "implementation" in English reports and
 * "cooperación" finds Spanish ones.
 */
@Service
@Transactional(readOnly = true)
public class ReportSearch {

	static final int MAX_QUERY = 200;

	private final JdbcClient jdbc;

	ReportSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SearchHit> search(Viewer viewer, String query, int limit) {
		String text = (query != null) ? query.strip() : "";
		if (text.isEmpty()) {
			return List.of();
		}
		text = text.substring(0, Math.min(text.length(), MAX_QUERY));
		long ownState = viewer.hasRole(Role.DELEGATE) ? viewer.stateId() : -1L;
		return this.jdbc.sql("""
				with q as (
				  select websearch_to_tsquery('simple', :text) || websearch_to_tsquery('english', :text)
				      || websearch_to_tsquery('french', :text) || websearch_to_tsquery('spanish', :text)
				      || websearch_to_tsquery('russian', :text) || websearch_to_tsquery('arabic', :text) as query
				)
				select r.id, s.iso3, r.title, r.language, r.status, r.visibility, c.title as cycle_title,
				       ts_headline(case r.language when 'en' then 'english'::regconfig when 'fr' then 'french'::regconfig
				                                   when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig
				                                   when 'ar' then 'arabic'::regconfig else 'simple'::regconfig end,
				                   r.search_text, q.query,
				                   'MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=' || chr(2) || ', StopSel=' || chr(3)) as excerpt
				from national_report r
				join state s on s.id = r.state_id
				join reporting_cycle c on c.id = r.cycle_id
				cross join q
				where r.search_vector @@ q.query and not r.superseded
				  and (r.state_id = :ownState or (r.status = 'SUBMITTED' and r.visibility in (:visibilities)))
				order by ts_rank(r.search_vector, q.query) desc, r.id desc
				limit :limit
				""")
			.param("text", text)
			.param("ownState", ownState)
			.param("visibilities", visibilities(viewer))
			.param("limit", limit)
			.query((rs, n) -> new SearchHit(rs.getLong("id"), rs.getString("iso3"), rs.getString("title"),
					rs.getString("language"), ReportStatus.valueOf(rs.getString("status")),
					ReportVisibility.valueOf(rs.getString("visibility")), rs.getString("cycle_title"),
					SearchHit.fragments(rs.getString("excerpt"))))
			.list();
	}

	private static List<String> visibilities(Viewer viewer) {
		return SynthesisScope.of(viewer).visibilityNames();
	}

}
