package org.unoda.poa.core.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.StateRepository;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

/**
 * The Points of Contact directory and its rules: States' users and the secretariat read it; a
 * State's approver (or an administrator) nominates, updates and withdraws the State's contacts;
 * the secretariat verifies them; any user of the State confirms they are current.
 */
@Service
@Transactional
public class Directory {

	private final PointOfContactRepository contacts;

	private final StateRepository states;

	private final DirectorySettings settings;

	private final Clock clock;

	Directory(PointOfContactRepository contacts, StateRepository states, DirectorySettings settings, Clock clock) {
		this.contacts = contacts;
		this.states = states;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether the viewer may see contact details: States' users, the secretariat and
	 * administrators. Stakeholders and the public may not.
	 */
	public boolean canRead(Viewer viewer) {
		return viewer.isStateUser() || viewer.isSecretariatOrAdmin();
	}

	/**
	 * Whether the viewer may nominate, change and withdraw the State's contacts.
	 */
	public boolean canManage(Viewer viewer, Long stateId) {
		return viewer.isApproverOf(stateId) || viewer.hasRole(Role.ADMIN);
	}

	public boolean canVerify(Viewer viewer) {
		return viewer.isSecretariatOrAdmin();
	}

	/**
	 * Whether the viewer may confirm that the State's contacts are still current.
	 */
	public boolean canConfirm(Viewer viewer, Long stateId) {
		return viewer.representsState(stateId) || viewer.hasRole(Role.ADMIN);
	}

	/**
	 * Which States have nominated active contacts, per level, in the States' English order;
	 * open to everyone, since it reveals no contact detail.
	 */
	@Transactional(readOnly = true)
	public List<Nomination> nominations() {
		Map<Long, Set<ContactLevel>> levels = new HashMap<>();
		this.contacts.countNominations()
			.forEach(count -> levels.computeIfAbsent(count.stateId(), id -> EnumSet.noneOf(ContactLevel.class))
				.add(count.level()));
		return this.states.findAllOrderByName()
			.stream()
			.filter(state -> levels.containsKey(state.getId()))
			.map(state -> new Nomination(state, levels.get(state.getId()).contains(ContactLevel.DIPLOMATIC),
					levels.get(state.getId()).contains(ContactLevel.TECHNICAL)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Page<PointOfContact> search(Viewer viewer, ContactSearch search, Pageable pageable) {
		requireReader(viewer);
		return this.contacts.findAll(ContactSpecifications.matching(search, staleBefore()), pageable);
	}

	/**
	 * The active contacts of one State.
	 */
	@Transactional(readOnly = true)
	public List<PointOfContact> contactsOf(Viewer viewer, State state) {
		requireReader(viewer);
		return this.contacts.findActiveByStateId(state.getId());
	}

	/**
	 * Every contact matching the search, for exports; in a stable order.
	 */
	@Transactional(readOnly = true)
	public List<PointOfContact> export(Viewer viewer, ContactSearch search) {
		requireReader(viewer);
		return this.contacts.findAll(ContactSpecifications.matching(search, staleBefore()),
				Sort.by("state.nameEn", "level", "fullName"));
	}

	/**
	 * One contact with its history.
	 */
	@Transactional(readOnly = true)
	public PointOfContact get(Viewer viewer, Long id) {
		requireReader(viewer);
		return this.contacts.findWithHistoryById(id).orElseThrow(() -> new NotFoundException("contact", id));
	}

	public PointOfContact nominate(Viewer viewer, Long stateId, ContactDetails details) {
		if (!canManage(viewer, stateId)) {
			throw new DirectoryAccessDeniedException("nominate contacts for State " + stateId);
		}
		State state = this.states.findById(stateId).orElseThrow(() -> new NotFoundException("state", stateId));
		return this.contacts.save(PointOfContact.nominate(state, details, viewer.username(), now()));
	}

	/**
	 * Changes a contact, refusing when somebody else changed it since the editor loaded it.
	 */
	public PointOfContact update(Viewer viewer, Long id, long expectedVersion, ContactDetails details) {
		PointOfContact contact = managed(viewer, id);
		if (contact.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(PointOfContact.class, id);
		}
		contact.update(details, viewer.username(), now());
		return contact;
	}

	public void withdraw(Viewer viewer, Long id) {
		managed(viewer, id).withdraw(viewer.username(), now());
	}

	public void verify(Viewer viewer, Long id) {
		if (!canVerify(viewer)) {
			throw new DirectoryAccessDeniedException("verify contacts");
		}
		find(id).verify(viewer.username(), now());
	}

	public void confirm(Viewer viewer, Long id) {
		PointOfContact contact = find(id);
		if (!canConfirm(viewer, contact.getState().getId())) {
			throw new DirectoryAccessDeniedException("confirm contacts of another State");
		}
		contact.confirm(viewer.username(), now());
	}

	/**
	 * Whether a contact is stale now.
	 */
	public boolean isStale(PointOfContact contact) {
		return contact.isStaleAt(now(), this.settings.stalenessPeriod());
	}

	/**
	 * The moment before which a confirmation counts as stale.
	 */
	public Instant staleBefore() {
		return now().minus(this.settings.stalenessPeriod());
	}

	private PointOfContact managed(Viewer viewer, Long id) {
		PointOfContact contact = find(id);
		if (!canManage(viewer, contact.getState().getId())) {
			throw new DirectoryAccessDeniedException("change contacts of State " + contact.getState().getId());
		}
		return contact;
	}

	private PointOfContact find(Long id) {
		return this.contacts.findById(id).orElseThrow(() -> new NotFoundException("contact", id));
	}

	private void requireReader(Viewer viewer) {
		if (!canRead(viewer)) {
			throw new DirectoryAccessDeniedException("read the directory");
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
