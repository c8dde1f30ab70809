package org.unoda.poa.core.user;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an authenticator key sealed and reads it back in clear; Hibernate gets it from
 * Spring, with the installation's key.
 */
@Converter
class SealedSecretConverter implements AttributeConverter<String, String> {

	private final SecretSealing sealing;

	SealedSecretConverter(SecretSealing sealing) {
		this.sealing = sealing;
	}

	@Override
	public String convertToDatabaseColumn(String secret) {
		return (secret != null) ? this.sealing.seal(secret) : null;
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return (stored != null) ? this.sealing.open(stored) : null;
	}

}
