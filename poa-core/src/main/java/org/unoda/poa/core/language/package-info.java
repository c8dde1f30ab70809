/**
 * Content held in several of the six official languages: the language a text was written in,
 * its translations, and which of them a reader is shown.
 */
package org.unoda.poa.core.language;
