package org.unoda.poa.web.capacity;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.reporting.capacity.AssistanceForm;
import org.unoda.poa.reporting.capacity.CapacityNeed;
import org.unoda.poa.reporting.capacity.CapacityTopic;
import org.unoda.poa.reporting.capacity.NeedDetails;
import org.unoda.poa.reporting.capacity.Urgency;

/**
 * The need form's fields.
 */
class NeedForm {

	private String title = "";

	private String description = "";

	private Pillar pillar;

	private Norm norm;

	private CapacityTopic topic;

	private AssistanceForm form;

	private Urgency urgency = Urgency.MEDIUM;

	private RegionalGroup region;

	private String language = "en";

	private boolean womensParticipation;

	private boolean genderDigitalDivide;

	private boolean published = true;

	private long version;

	static NeedForm of(CapacityNeed need) {
		NeedForm form = new NeedForm();
		form.title = need.getTitle();
		form.description = need.getDescription();
		form.pillar = need.getAssistance().getPillar();
		form.norm = need.getAssistance().getNorm();
		form.topic = need.getAssistance().getTopic();
		form.form = need.getAssistance().getForm();
		form.urgency = need.getUrgency();
		form.region = need.getRegion().orElse(null);
		form.language = need.getLanguage();
		form.womensParticipation = need.getAssistance().isWomensParticipation();
		form.genderDigitalDivide = need.getAssistance().isGenderDigitalDivide();
		form.published = need.isPublished();
		form.version = need.getVersion();
		return form;
	}

	NeedDetails details() {
		return new NeedDetails(this.title, this.description, this.pillar, this.norm, this.topic, this.form,
				this.urgency, this.region, this.language, this.womensParticipation, this.genderDigitalDivide,
				this.published);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Pillar getPillar() {
		return this.pillar;
	}

	public void setPillar(Pillar pillar) {
		this.pillar = pillar;
	}

	public Norm getNorm() {
		return this.norm;
	}

	public void setNorm(Norm norm) {
		this.norm = norm;
	}

	public CapacityTopic getTopic() {
		return this.topic;
	}

	public void setTopic(CapacityTopic topic) {
		this.topic = topic;
	}

	public AssistanceForm getForm() {
		return this.form;
	}

	public void setForm(AssistanceForm form) {
		this.form = form;
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

	public boolean isWomensParticipation() {
		return this.womensParticipation;
	}

	public void setWomensParticipation(boolean womensParticipation) {
		this.womensParticipation = womensParticipation;
	}

	public boolean isGenderDigitalDivide() {
		return this.genderDigitalDivide;
	}

	public void setGenderDigitalDivide(boolean genderDigitalDivide) {
		this.genderDigitalDivide = genderDigitalDivide;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
