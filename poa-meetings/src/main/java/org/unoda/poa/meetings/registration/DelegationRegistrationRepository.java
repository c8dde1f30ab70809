package org.unoda.poa.meetings.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DelegationRegistrationRepository extends Repository<DelegationRegistration, Long> {

	@Query("""
			select distinct r from DelegationRegistration r join fetch r.state left join fetch r.participants
			where r.meetingId = ?1 and r.state.id = ?2
			""")
	Optional<DelegationRegistration> findByMeetingAndState(Long meetingId, Long stateId);

	@Query("""
			select distinct r from DelegationRegistration r join fetch r.organisation left join fetch r.participants
			where r.meetingId = ?1 and r.organisation.id = ?2
			""")
	Optional<DelegationRegistration> findByMeetingAndOrganisation(Long meetingId, Long organisationId);

	@Query("""
			select distinct r from DelegationRegistration r left join fetch r.state left join fetch r.organisation left join fetch r.participants
			where r.meetingId = ?1
			""")
	List<DelegationRegistration> findByMeeting(Long meetingId);

	@Query("""
			select distinct r from DelegationRegistration r left join fetch r.state left join fetch r.organisation left join fetch r.participants
			where r.meetingId = ?1 and r.status = org.unoda.poa.meetings.registration.RegistrationStatus.APPROVED
			""")
	List<DelegationRegistration> findApprovedByMeeting(Long meetingId);

	@Query("""
			select distinct r from DelegationRegistration r left join fetch r.state left join fetch r.organisation left join fetch r.participants
			where r.id = ?1
			""")
	Optional<DelegationRegistration> findWithParticipants(Long id);

	/**
	 * Participants of approved delegations counted by meeting, gender and function.
	 */
	@Query("""
			select new org.unoda.poa.meetings.registration.ParticipantCount(r.meetingId, p.gender, p.function, count(p))
			from Participant p join p.registration r
			where r.status = org.unoda.poa.meetings.registration.RegistrationStatus.APPROVED and r.meetingId = ?1
			group by r.meetingId, p.gender, p.function
			""")
	List<ParticipantCount> countParticipants(Long meetingId);

	/**
	 * Participants of approved delegations counted by meeting, gender and function, for every
	 * meeting.
	 */
	@Query("""
			select new org.unoda.poa.meetings.registration.ParticipantCount(r.meetingId, p.gender, p.function, count(p))
			from Participant p join p.registration r
			where r.status = org.unoda.poa.meetings.registration.RegistrationStatus.APPROVED
			group by r.meetingId, p.gender, p.function
			""")
	List<ParticipantCount> countAllParticipants();

	DelegationRegistration save(DelegationRegistration registration);

	DelegationRegistration saveAndFlush(DelegationRegistration registration);

}
