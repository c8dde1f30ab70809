package org.unoda.poa.meetings.planning;

import org.unoda.poa.core.meeting.DutyStation;

/**
 * A meeting the secretariat accepted from the plan, as the generator sees it.
 *
 * @param planKey the plan item it came from
 * @param meetingId the meeting
 * @param title its title
 * @param window its dates
 * @param dutyStation where
 */
record AcceptedMeeting(String planKey, Long meetingId, String title, Window window, DutyStation dutyStation) {

}
