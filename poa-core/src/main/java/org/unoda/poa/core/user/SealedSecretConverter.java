package org.unoda.poa.core.user;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Stores an authenticator key sealed and reads it back in clear; Hibernate gets it from
 * Spring, with the installation's key. The sealing is looked up when a key is first read or
 * written, so that persistence test slices without it still start.
 */
@Converter
class SealedSecretConverter implements AttributeConverter<String, String> {

	private final ObjectProvider<SecretSealing> sealing;

	SealedSecretConverter(ObjectProvider<SecretSealing> sealing) {
		this.sealing = sealing;
	}

	@Override
	public String convertToDatabaseColumn(String secret) {
		return (secret != null) ? this.sealing.getObject().seal(secret) : null;
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return (stored != null) ? this.sealing.getObject().open(stored) : null;
	}

}
