/**
 * The demo profile: sample accounts and data for trying the platform, never in production.
 */
package org.unoda.poa.web.demo;
