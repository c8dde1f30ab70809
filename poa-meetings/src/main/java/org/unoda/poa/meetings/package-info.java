/**
 * The meeting cycle: cadence rules, clash detection against other processes, meetings,
 * documents, delegation registration and stakeholder accreditation. Builds on the core module
 * only; never on reporting.
 */
@ApplicationModule(displayName = "Meetings", allowedDependencies = "core")
package org.unoda.poa.meetings;

import org.springframework.modulith.ApplicationModule;
