/**
 * The Points of Contact directory: who has nominated, for the public; the contacts, for
 * States' users and the secretariat.
 */
package org.unoda.poa.web.directory;
