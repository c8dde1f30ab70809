package org.unoda.poa.meetings.accreditation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How long States have to object, and the path for organisations with ECOSOC status.
 */
@Entity
@Table(name = "accreditation_settings")
public class AccreditationSettings {

	@Id
	private Integer id;

	private int objectionDays;

	@Enumerated(EnumType.STRING)
	private EcosocPath ecosocPath;

	private int ecosocObjectionDays;

	@Version
	private long version;

	protected AccreditationSettings() {
	}

	void change(int objectionDays, EcosocPath ecosocPath, int ecosocObjectionDays) {
		this.objectionDays = objectionDays;
		this.ecosocPath = ecosocPath;
		this.ecosocObjectionDays = ecosocObjectionDays;
	}

	public int getObjectionDays() {
		return this.objectionDays;
	}

	public EcosocPath getEcosocPath() {
		return this.ecosocPath;
	}

	public int getEcosocObjectionDays() {
		return this.ecosocObjectionDays;
	}

	public long getVersion() {
		return this.version;
	}

}
