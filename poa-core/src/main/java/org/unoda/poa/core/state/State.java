package org.unoda.poa.core.state;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A State taking part in the Programme of Action. Reference data, loaded by a migration and
 * never edited through the application.
 */
@Entity
@Immutable
@Table(name = "state")
public class State {

	@Id
	private Long id;

	@Column(name = "iso2")
	private String alpha2;

	@Column(name = "iso3")
	private String alpha3;

	@Column(name = "iso_numeric")
	private String numeric;

	@Enumerated(EnumType.STRING)
	private UnStatus unStatus;

	@Enumerated(EnumType.STRING)
	private RegionalGroup regionalGroup;

	@Enumerated(EnumType.STRING)
	private GroupParticipation groupParticipation;

	@Enumerated(EnumType.STRING)
	private RegionalGroup alsoParticipatesIn;

	private String nameEn;

	private String nameFr;

	private String nameEs;

	private String nameAr;

	private String nameZh;

	private String nameRu;

	protected State() {
	}

	public Long getId() {
		return this.id;
	}

	/**
	 * The ISO 3166-1 alpha-2 code, e.g. {@code SV}.
	 */
	public String getAlpha2() {
		return this.alpha2;
	}

	/**
	 * The ISO 3166-1 alpha-3 code, e.g. {@code SLV}; used in the platform's URLs.
	 */
	public String getAlpha3() {
		return this.alpha3;
	}

	/**
	 * The ISO 3166-1 numeric code with its leading zeros, e.g. {@code 222}.
	 */
	public String getNumeric() {
		return this.numeric;
	}

	public UnStatus getUnStatus() {
		return this.unStatus;
	}

	public boolean isObserverState() {
		return this.unStatus == UnStatus.OBSERVER;
	}

	/**
	 * The regional group the State belongs to or is counted in; empty for a State in none.
	 */
	public Optional<RegionalGroup> getRegionalGroup() {
		return Optional.ofNullable(this.regionalGroup);
	}

	public GroupParticipation getGroupParticipation() {
		return this.groupParticipation;
	}

	/**
	 * A second group the State also takes part in (Türkiye in the Asia-Pacific Group).
	 */
	public Optional<RegionalGroup> getAlsoParticipatesIn() {
		return Optional.ofNullable(this.alsoParticipatesIn);
	}

	public String getNameEn() {
		return this.nameEn;
	}

	/**
	 * The State's UN short name in the given language, English for any other language.
	 */
	public String getName(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> this.nameFr;
			case "es" -> this.nameEs;
			case "ar" -> this.nameAr;
			case "zh" -> this.nameZh;
			case "ru" -> this.nameRu;
			default -> this.nameEn;
		};
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof State state && this.id != null && this.id.equals(state.id));
	}

	@Override
	public int hashCode() {
		return State.class.hashCode();
	}

	@Override
	public String toString() {
		return this.alpha3;
	}

}
