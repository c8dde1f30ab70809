/**
 * Voluntary national reporting: reporting cycles, versioned templates, the delegation
 * workflow, synthesis, and capacity-building needs and offers. Builds on the core module only;
 * never on meetings.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = "core")
package org.unoda.poa.reporting;

import org.springframework.modulith.ApplicationModule;
