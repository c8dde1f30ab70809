/**
 * The synthesis pages: answers counted across States and cycles, and the capacity-building
 * needs States declared, within what each viewer may read.
 */
package org.unoda.poa.web.synthesis;
