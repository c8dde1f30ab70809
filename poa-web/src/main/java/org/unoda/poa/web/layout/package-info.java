/**
 * What every page shares: the six UN languages and their text direction, navigation, error
 * pages.
 */
package org.unoda.poa.web.layout;
