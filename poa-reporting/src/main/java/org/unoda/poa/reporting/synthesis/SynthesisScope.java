package org.unoda.poa.reporting.synthesis;

import java.util.List;
import java.util.Map;

import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

/**
 * Which submitted reports a viewer's figures are made of: the secretariat counts every
 * report, States' users count public reports, those shared with States and their own State's,
 * everyone else only public reports.
 */
enum SynthesisScope {

	PUBLIC(List.of(ReportVisibility.PUBLIC)),
	STATES(List.of(ReportVisibility.PUBLIC, ReportVisibility.STATES)),
	ALL(List.of(ReportVisibility.values()));

	private final List<ReportVisibility> visibilities;

	SynthesisScope(List<ReportVisibility> visibilities) {
		this.visibilities = visibilities;
	}

	static SynthesisScope of(Viewer viewer) {
		if (viewer.isSecretariatOrAdmin()) {
			return ALL;
		}
		return viewer.isStateUser() ? STATES : PUBLIC;
	}

	List<String> visibilityNames() {
		return this.visibilities.stream().map(Enum::name).toList();
	}

	/**
	 * The query parameters that select the reports a viewer's figures count: the visibilities,
	 * the viewer's own State (whose submitted reports it always counts) and a regional group.
	 * @param group a regional group's name, or empty for all
	 */
	static Map<String, Object> parameters(Viewer viewer, String group) {
		long ownState = viewer.hasRole(Role.DELEGATE) ? viewer.stateId() : -1L;
		return Map.of("visibilities", of(viewer).visibilityNames(), "ownState", ownState, "group", group);
	}

}
