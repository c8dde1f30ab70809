package org.unoda.poa.core.contact;

import org.unoda.poa.core.state.State;

/**
 * Whether a State has nominated at each level: all the public may know of the directory.
 *
 * @param state the State
 * @param diplomatic whether it has an active diplomatic contact
 * @param technical whether it has an active technical contact
 */
public record Nomination(State state, boolean diplomatic, boolean technical) {

}
