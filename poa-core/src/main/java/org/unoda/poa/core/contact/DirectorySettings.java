package org.unoda.poa.core.contact;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Points of Contact directory.
 *
 * @param stalenessPeriod a contact not confirmed for this long is flagged stale
 * @param staleReminderInterval how often a State is reminded of the same stale contact
 */
@ConfigurationProperties("poa.directory")
public record DirectorySettings(@DefaultValue("365d") Duration stalenessPeriod,
		@DefaultValue("30d") Duration staleReminderInterval) {

}
