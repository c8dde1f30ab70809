/**
 * Capacity-building needs and offers pages.
 */
package org.unoda.poa.web.capacity;
