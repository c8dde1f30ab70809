/**
 * Test support shared by every module: a real PostgreSQL for each test context.
 */
package org.unoda.poa.core.testing;
