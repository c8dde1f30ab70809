/**
 * A meeting's official documents: UN document symbol, title, type, the agenda item they
 * belong to, whether the public sees them, and a file for each language version.
 */
@NamedInterface("document")
package org.unoda.poa.meetings.document;

import org.springframework.modulith.NamedInterface;
