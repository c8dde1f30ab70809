/**
 * The shared domain every feature module builds on: States, users and roles, organisations,
 * Points of Contact, meetings and national reports. Depends on no other module of ours.
 */
@ApplicationModule(displayName = "Core", type = ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package org.unoda.poa.core;

import org.springframework.modulith.ApplicationModule;
