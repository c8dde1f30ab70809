package org.unoda.poa.reporting.overview;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;

/**
 * Computes a cycle's progress for the secretariat in one query over the cycle's reports. A
 * State counts as submitted once any version is submitted (a revision in progress does not
 * undo that); it is on time when its first submission falls on or before the deadline day
 * (UTC).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
public class CycleOverview {

	private final ReportingCycles cycles;

	private final States states;

	private final JdbcClient jdbc;

	CycleOverview(ReportingCycles cycles, States states, JdbcClient jdbc) {
		this.cycles = cycles;
		this.states = states;
		this.jdbc = jdbc;
	}

	public CycleProgress of(Long cycleId) {
		ReportingCycle cycle = this.cycles.get(cycleId);
		Map<Long, Row> rows = this.jdbc.sql("""
				select distinct on (state_id) state_id, id, status, answered_count, question_count, first_submitted_at
				from national_report
				where cycle_id = :cycle and not superseded
				order by state_id, (status = 'SUBMITTED') desc, revision desc
				""")
			.param("cycle", cycleId)
			.query((rs, n) -> new Row(rs.getLong("state_id"), rs.getLong("id"), rs.getString("status"),
					rs.getInt("answered_count"), rs.getInt("question_count"),
					rs.getObject("first_submitted_at", java.time.OffsetDateTime.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Row::stateId, (r) -> r));
		List<StateProgress> all = new ArrayList<>();
		for (State state : this.states.all()) {
			Row row = rows.get(state.getId());
			all.add((row != null) ? row.progress(state, cycle) : new StateProgress(state, Progress.NOT_STARTED, 0,
					null, null, null));
		}
		Map<RegionalGroup, List<StateProgress>> byGroup = new LinkedHashMap<>();
		for (RegionalGroup group : RegionalGroup.values()) {
			byGroup.put(group, new ArrayList<>());
		}
		List<StateProgress> ungrouped = new ArrayList<>();
		all.forEach((p) -> p.state()
			.getRegionalGroup()
			.ifPresentOrElse((g) -> byGroup.get(g).add(p), () -> ungrouped.add(p)));
		List<GroupProgress> groups = new ArrayList<>();
		byGroup.forEach((group, members) -> groups.add(GroupProgress.of(group, members)));
		if (!ungrouped.isEmpty()) {
			groups.add(GroupProgress.of(null, ungrouped));
		}
		all.sort(Comparator.comparing((StateProgress p) -> p.state().getNameEn()));
		return new CycleProgress(cycle, all, groups, GroupProgress.of(null, all));
	}

	private record Row(long stateId, long reportId, String status, int answered, int questions,
			java.time.OffsetDateTime firstSubmittedAt) {

		StateProgress progress(State state, ReportingCycle cycle) {
			Progress progress = switch (this.status) {
				case "SUBMITTED" -> Progress.SUBMITTED;
				case "IN_REVIEW" -> Progress.IN_REVIEW;
				default -> Progress.DRAFTING;
			};
			int completeness = (this.questions == 0) ? 0 : Math.round(100f * this.answered / this.questions);
			Instant submittedAt = (this.firstSubmittedAt != null) ? this.firstSubmittedAt.toInstant() : null;
			Boolean onTime = (submittedAt != null && progress == Progress.SUBMITTED)
					? !submittedAt.atOffset(ZoneOffset.UTC).toLocalDate().isAfter(cycle.getDeadline()) : null;
			return new StateProgress(state, progress, completeness, (onTime != null) ? submittedAt : null, onTime,
					this.reportId);
		}

	}

}
