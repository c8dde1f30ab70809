/**
 * Sign-in, who may reach which URL, the signed-in user as a {@link org.unoda.poa.core.user.Viewer},
 * and problem responses for the API.
 */
package org.unoda.poa.web.security;
