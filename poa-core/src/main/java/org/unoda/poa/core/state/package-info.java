/**
 * The States taking part in the Programme of Action: Member States and observer States, with
 * their ISO 3166-1 codes, names in the six UN languages and UN regional groups.
 */
package org.unoda.poa.core.state;
