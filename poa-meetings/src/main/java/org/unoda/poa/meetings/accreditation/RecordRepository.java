package org.unoda.poa.meetings.accreditation;

import org.springframework.data.repository.Repository;

/**
 * Appends to the record: objections and steps, never changed afterwards.
 */
interface RecordRepository extends Repository<AccreditationEvent, Long> {

	AccreditationEvent save(AccreditationEvent event);

}
