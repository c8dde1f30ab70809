package org.unoda.poa.core.state;

/**
 * How a State takes part in its regional group: as a member, as an observer (the United States
 * in the Western European and Others Group), or not at all (the Holy See).
 */
public enum GroupParticipation {

	MEMBER, OBSERVER, NONE

}
