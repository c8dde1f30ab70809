package org.unoda.poa.meetings.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MeetingDocumentRepository extends Repository<MeetingDocument, Long> {

	@EntityGraph(attributePaths = "files")
	@Query("select d from MeetingDocument d where d.meetingId = ?1 order by d.issuedOn, d.symbol")
	List<MeetingDocument> findByMeeting(Long meetingId);

	@EntityGraph(attributePaths = "files")
	@Query("select d from MeetingDocument d where d.meetingId = ?1 and d.published = true order by d.issuedOn, d.symbol")
	List<MeetingDocument> findPublishedByMeeting(Long meetingId);

	Optional<MeetingDocument> findById(Long id);

	boolean existsBySymbolIgnoreCase(String symbol);

	MeetingDocument save(MeetingDocument document);

	void delete(MeetingDocument document);

}
