/**
 * The framework of responsible State behaviour in the use of ICTs: its pillars and the
 * eleven voluntary norms, which reports, meetings and capacity-building are tagged with.
 */
package org.unoda.poa.core.framework;
