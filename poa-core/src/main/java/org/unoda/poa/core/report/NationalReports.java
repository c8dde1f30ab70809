package org.unoda.poa.core.report;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

/**
 * Reads national reports on behalf of a viewer, never handing out one the viewer may not read.
 */
@Service
@Transactional(readOnly = true)
public class NationalReports {

	private final NationalReportRepository reports;

	NationalReports(NationalReportRepository reports) {
		this.reports = reports;
	}

	/**
	 * The reports the viewer may read, newest first, at most {@code limit} of them.
	 */
	public List<NationalReport> readableBy(Viewer viewer, Limit limit) {
		return find(null, viewer, limit);
	}

	/**
	 * A page of the reports the viewer may read, newest first, with how many there are.
	 */
	public Page<NationalReport> readableBy(Viewer viewer, Pageable page) {
		Long stateId = viewer.hasRole(Role.DELEGATE) ? viewer.stateId() : null;
		return this.reports.findReadable(null, stateId, viewer.isStateUser(), viewer.isSecretariatOrAdmin(), page);
	}

	/**
	 * The reports of one State that the viewer may read, newest first.
	 */
	public List<NationalReport> readableBy(Viewer viewer, State state) {
		return find(state.getId(), viewer, Limit.unlimited());
	}

	private List<NationalReport> find(Long ofStateId, Viewer viewer, Limit limit) {
		Long stateId = viewer.hasRole(Role.DELEGATE) ? viewer.stateId() : null;
		return this.reports.findReadable(ofStateId, stateId, viewer.isStateUser(), viewer.isSecretariatOrAdmin(),
				limit);
	}

	/**
	 * One report, if it exists.
	 * @throws NotFoundException when it does not exist
	 * @throws ReportAccessDeniedException when it exists but the viewer may not read it
	 */
	public NationalReport get(Long id, Viewer viewer) {
		NationalReport report = this.reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
		if (!report.isReadableBy(viewer)) {
			throw new ReportAccessDeniedException(id);
		}
		return report;
	}

}
