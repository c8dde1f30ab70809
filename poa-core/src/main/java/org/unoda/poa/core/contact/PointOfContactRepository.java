package org.unoda.poa.core.contact;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Stores Points of Contact.
 */
public interface PointOfContactRepository extends Repository<PointOfContact, Long> {

	@Query("""
			select c from PointOfContact c
			where c.state.id = ?1 and c.status <> org.unoda.poa.core.contact.ContactStatus.INACTIVE
			order by c.level, c.fullName
			""")
	List<PointOfContact> findActiveByStateId(Long stateId);

	/**
	 * Which States have nominated active contacts, per level, without any contact detail.
	 */
	@Query("""
			select new org.unoda.poa.core.contact.NominationCount(c.state.id, c.level, count(c))
			from PointOfContact c
			where c.status <> org.unoda.poa.core.contact.ContactStatus.INACTIVE
			group by c.state.id, c.level
			""")
	List<NominationCount> countNominations();

	PointOfContact save(PointOfContact contact);

}
