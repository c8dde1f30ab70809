package org.unoda.poa.reporting.synthesis;

import java.util.List;

import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.Viewer;

/**
 * Which submitted reports a viewer's figures are made of: the secretariat counts every
 * report, States' users count public reports and those shared with States, everyone else only
 * public reports.
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

}
