/**
 * Written contributions of accredited organisations to meetings and agenda items, published by
 * the secretariat.
 */
@NamedInterface("contribution")
package org.unoda.poa.meetings.contribution;

import org.springframework.modulith.NamedInterface;
