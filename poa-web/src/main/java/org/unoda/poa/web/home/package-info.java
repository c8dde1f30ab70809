/**
 * The home page, different for each role, and the sign-in page.
 */
package org.unoda.poa.web.home;
