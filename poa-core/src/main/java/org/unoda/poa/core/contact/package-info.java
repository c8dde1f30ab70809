/**
 * Points of Contact that States nominate, at diplomatic and technical level, for the directory.
 */
package org.unoda.poa.core.contact;
