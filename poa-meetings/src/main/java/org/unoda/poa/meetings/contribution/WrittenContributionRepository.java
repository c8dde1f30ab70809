package org.unoda.poa.meetings.contribution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WrittenContributionRepository extends Repository<WrittenContribution, Long> {

	@EntityGraph(attributePaths = "organisation")
	@Query("select c from WrittenContribution c where c.id = :id and c.meetingId = :meetingId")
	Optional<WrittenContribution> findInMeeting(Long meetingId, Long id);

	@EntityGraph(attributePaths = "organisation")
	@Query("select c from WrittenContribution c where c.meetingId = :meetingId and c.status = :status "
			+ "order by c.agendaItemId nulls first, c.createdAt")
	List<WrittenContribution> findByMeetingAndStatus(Long meetingId, ContributionStatus status);

	@EntityGraph(attributePaths = "organisation")
	@Query("select c from WrittenContribution c where c.meetingId = :meetingId order by c.status, c.createdAt")
	List<WrittenContribution> findByMeeting(Long meetingId);

	@EntityGraph(attributePaths = "organisation")
	@Query("select c from WrittenContribution c where c.meetingId = :meetingId and c.organisation.id = :organisationId "
			+ "order by c.createdAt desc")
	List<WrittenContribution> findByMeetingAndOrganisation(Long meetingId, Long organisationId);

	WrittenContribution save(WrittenContribution contribution);

}
