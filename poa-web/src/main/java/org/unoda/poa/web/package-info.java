/**
 * The web application: pages, the JSON API under {@code /api/v1}, security and the layout.
 * Translates HTTP to calls into the other modules and back.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "core", "reporting :: *", "meetings :: *" })
package org.unoda.poa.web;

import org.springframework.modulith.ApplicationModule;
