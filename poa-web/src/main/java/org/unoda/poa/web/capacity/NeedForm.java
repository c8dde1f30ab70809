package org.unoda.poa.web.capacity;

import java.util.List;

import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.reporting.capacity.CapacityNeed;
import org.unoda.poa.reporting.capacity.NeedDetails;
import org.unoda.poa.reporting.capacity.Urgency;
import org.unoda.poa.web.layout.EditConflict;

/**
 * The need form's fields.
 */
class NeedForm extends AssistanceFields {

	private Urgency urgency = Urgency.MEDIUM;

	private RegionalGroup region;

	private String language = "en";

	private boolean published = true;

	static NeedForm of(CapacityNeed need) {
		NeedForm form = new NeedForm();
		form.fill(need.getTitle(), need.getDescription(), need.getAssistance(), need.getVersion());
		form.urgency = need.getUrgency();
		form.region = need.getRegion().orElse(null);
		form.language = need.getLanguage();
		form.published = need.isPublished();
		return form;
	}

	List<EditConflict.Field> fields() {
		List<EditConflict.Field> fields = assistanceFields();
		fields.add(choice("capacity.field.urgency", (this.urgency != null) ? this.urgency.messageKey() : null, "capacity.choose"));
		fields.add(choice("capacity.field.region", (this.region != null) ? this.region.messageKey() : null, "regionalGroup.none"));
		fields.add(EditConflict.Field.choice("capacity.field.language", "language." + this.language));
		fields.add(EditConflict.Field.choice("capacity.field.published", this.published ? "common.yes" : "common.no"));
		return fields;
	}

	NeedDetails details() {
		return new NeedDetails(getTitle(), getDescription(), getPillar(), getNorm(), getTopic(), getForm(),
				this.urgency, this.region, this.language, isWomensParticipation(), isGenderDigitalDivide(),
				this.published);
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public RegionalGroup getRegion() {
		return this.region;
	}

	public void setRegion(RegionalGroup region) {
		this.region = region;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
