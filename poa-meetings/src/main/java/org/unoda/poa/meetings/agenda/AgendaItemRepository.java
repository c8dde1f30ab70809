package org.unoda.poa.meetings.agenda;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface AgendaItemRepository extends Repository<AgendaItem, Long> {

	@EntityGraph(attributePaths = "pillars")
	List<AgendaItem> findByMeetingIdOrderByPosition(Long meetingId);

	Optional<AgendaItem> findById(Long id);

	AgendaItem save(AgendaItem item);

	void delete(AgendaItem item);

}
