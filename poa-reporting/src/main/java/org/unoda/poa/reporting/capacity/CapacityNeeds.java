package org.unoda.poa.reporting.capacity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.ReportedNeeds.Report;

/**
 * The capacity-building needs States declare. A State's delegates declare, change and withdraw
 * its needs, by hand or from its submitted reports; they choose whether everyone may read a
 * need. The secretariat reads every need.
 */
@Service
@Transactional(readOnly = true)
public class CapacityNeeds {

	static final int TITLE_LIMIT = 200;

	static final int DESCRIPTION_LIMIT = 8000;

	private final CapacityNeedRepository needs;

	private final ReportedNeeds reported;

	private final States states;

	CapacityNeeds(CapacityNeedRepository needs, ReportedNeeds reported, States states) {
		this.needs = needs;
		this.reported = reported;
		this.states = states;
	}

	/**
	 * The needs the viewer may read, withdrawn ones aside.
	 */
	public List<CapacityNeed> visibleTo(Viewer viewer) {
		return this.needs.findVisible(viewer.isSecretariatOrAdmin(), ownState(viewer), ownOrganisation(viewer));
	}

	/**
	 * Every need of the viewer's State, withdrawn ones too; none for anyone else.
	 */
	public List<CapacityNeed> ofOwnState(Viewer viewer) {
		return viewer.hasRole(Role.DELEGATE) ? this.needs.findByStateId(viewer.stateId()) : List.of();
	}

	/**
	 * A need the viewer may read.
	 * @throws NotFoundException when there is none, or the viewer may not read it
	 */
	public CapacityNeed find(Viewer viewer, Long id) {
		CapacityNeed need = this.needs.findById(id).orElseThrow(() -> new NotFoundException("need", id));
		if (viewer.representsState(need.getState().getId()) || viewer.isSecretariatOrAdmin()) {
			return need;
		}
		if (need.getStatus() != NeedStatus.WITHDRAWN && (need.isPublished()
				|| this.needs.isMatchedWithOfferOf(id, ownState(viewer), ownOrganisation(viewer)))) {
			return need;
		}
		throw new NotFoundException("need", id);
	}

	/**
	 * A delegate declares a need of the State.
	 */
	@Transactional
	public CapacityNeed declare(Viewer viewer, NeedDetails details) {
		State state = stateOf(viewer);
		return this.needs.save(new CapacityNeed(state, checked(details), details.assistance()));
	}

	/**
	 * A delegate changes a need of the State, against the version they read.
	 */
	@Transactional
	public void change(Viewer viewer, Long id, long version, NeedDetails details) {
		CapacityNeed need = forChange(viewer, id, version);
		need.describe(checked(details), details.assistance());
	}

	/**
	 * A delegate withdraws an open need of the State.
	 */
	@Transactional
	public void withdraw(Viewer viewer, Long id, long version) {
		CapacityNeed need = forChange(viewer, id, version);
		if (!need.isOpen()) {
			throw new FieldRejectedException("status", "capacity.onlyOpenWithdrawn");
		}
		need.withdraw();
	}

	/**
	 * The submitted reports of the viewer's State that state needs; none for anyone else.
	 */
	public List<SubmittedReport> reportsStatingNeeds(Viewer viewer) {
		return viewer.hasRole(Role.DELEGATE) ? this.reported.submittedBy(viewer.stateId()) : List.of();
	}

	/**
	 * The needs a submitted report of the viewer's State states, each marked with the need it
	 * already became.
	 * @throws NotFoundException when there is no such report or it is not the viewer's State's
	 */
	public List<NeedDraft> drafts(Viewer viewer, Long reportId) {
		Report report = ownSubmittedReport(viewer, reportId);
		return this.reported.drafts(report, declaredFrom(reportId));
	}

	/**
	 * Turns the chosen needs a submitted report states into needs of the State in one step,
	 * all or none; needs already declared from the report are left as they are.
	 * @param keys the drafts chosen
	 * @param published whether everyone may read the new needs
	 * @return the needs declared
	 */
	@Transactional
	public List<CapacityNeed> declareFromReport(Viewer viewer, Long reportId, Set<String> keys, boolean published) {
		Report report = ownSubmittedReport(viewer, reportId);
		List<NeedDraft> chosen = this.reported.drafts(report, declaredFrom(reportId))
			.stream()
			.filter((draft) -> keys.contains(draft.key()) && !draft.isDeclared())
			.toList();
		if (chosen.isEmpty()) {
			throw new FieldRejectedException("keys", "capacity.noDraftChosen");
		}
		State state = stateOf(viewer);
		return chosen.stream().map((draft) -> {
			NeedDetails details = new NeedDetails(draft.title(), draft.description(), draft.pillar(), draft.norm(),
					draft.topic(), draft.form(), Urgency.MEDIUM, state.getRegionalGroup().orElse(null),
					CapacityLanguage.isKnown(report.language()) ? report.language() : "en", false, false, published);
			return this.needs.save(
					new CapacityNeed(state, checked(details), details.assistance(), reportId, draft.key()));
		}).toList();
	}

	private Map<String, Long> declaredFrom(Long reportId) {
		return this.needs.findBySourceReportId(reportId)
			.stream()
			.collect(Collectors.toMap(CapacityNeed::getSourceKey, CapacityNeed::getId));
	}

	private Report ownSubmittedReport(Viewer viewer, Long reportId) {
		Report report = this.reported.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
		if (!viewer.representsState(report.stateId())) {
			throw new NotFoundException("report", reportId);
		}
		if (!report.submitted()) {
			throw new FieldRejectedException("keys", "capacity.reportNotSubmitted");
		}
		return report;
	}

	private CapacityNeed forChange(Viewer viewer, Long id, long version) {
		CapacityNeed need = this.needs.findById(id).orElseThrow(() -> new NotFoundException("need", id));
		if (!viewer.representsState(need.getState().getId())) {
			throw new AccessDeniedException("only the State's delegates change its needs");
		}
		if (need.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CapacityNeed.class, id);
		}
		if (need.getStatus() == NeedStatus.WITHDRAWN) {
			throw new FieldRejectedException("status", "capacity.needIsWithdrawn");
		}
		return need;
	}

	private State stateOf(Viewer viewer) {
		if (!viewer.hasRole(Role.DELEGATE)) {
			throw new AccessDeniedException("only a State's delegates declare its needs");
		}
		return this.states.find(viewer.stateId()).orElseThrow(() -> new NotFoundException("state", viewer.stateId()));
	}

	private static NeedDetails checked(NeedDetails details) {
		Texts.require("title", details.title(), TITLE_LIMIT);
		Texts.require("description", details.description(), DESCRIPTION_LIMIT);
		if (details.urgency() == null) {
			throw new FieldRejectedException("urgency", "capacity.urgencyRequired");
		}
		if (!CapacityLanguage.isKnown(details.language())) {
			throw new FieldRejectedException("language", "capacity.languageRequired");
		}
		return details;
	}

	static Long ownState(Viewer viewer) {
		return viewer.hasRole(Role.DELEGATE) ? viewer.stateId() : -1L;
	}

	static Long ownOrganisation(Viewer viewer) {
		return viewer.hasRole(Role.STAKEHOLDER) ? viewer.organisationId() : -1L;
	}

}
