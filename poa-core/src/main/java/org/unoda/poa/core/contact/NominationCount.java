package org.unoda.poa.core.contact;

/**
 * How many active contacts a State has nominated at one level: all the public may know of the
 * directory.
 *
 * @param stateId the State
 * @param level the level
 * @param contacts the number of active contacts
 */
public record NominationCount(Long stateId, ContactLevel level, long contacts) {

}
