package org.unoda.poa.core.state;

/**
 * Whether a State is a Member State of the United Nations or a non-member observer State.
 */
public enum UnStatus {

	MEMBER, OBSERVER

}
