package org.unoda.poa.core.communication;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of communication checks.
 *
 * @param responseTime how long contacts have to acknowledge before they count as overdue
 * @param linkValidity how long acknowledgement links work; reminders stop then too
 * @param reminderDelay how long after the last message a silent contact is reminded
 * @param maximumReminders how many reminders a silent contact gets at most
 */
@ConfigurationProperties("poa.directory.check")
public record CheckSettings(@DefaultValue("48h") Duration responseTime, @DefaultValue("14d") Duration linkValidity,
		@DefaultValue("24h") Duration reminderDelay, @DefaultValue("2") int maximumReminders) {

}
