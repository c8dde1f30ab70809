/**
 * The load benchmark: Gatling simulations of the journeys that matter, run against a platform
 * started as in production on the large dataset (docs/benchmarks.md).
 */
package org.unoda.poa.web.benchmark;
