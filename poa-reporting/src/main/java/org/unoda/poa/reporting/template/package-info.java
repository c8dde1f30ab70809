/**
 * Report templates: versioned questionnaires of sections and typed questions. The
 * secretariat edits a draft and publishes it; a published edition never changes.
 */
@NamedInterface("template")
package org.unoda.poa.reporting.template;

import org.springframework.modulith.NamedInterface;
