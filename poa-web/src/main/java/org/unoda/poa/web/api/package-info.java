/**
 * Conventions of the JSON API under {@code /api/v1}: problem responses and the OpenAPI
 * description.
 */
package org.unoda.poa.web.api;
