package org.unoda.poa.web.capacity;

import java.util.ArrayList;
import java.util.List;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.reporting.capacity.AssistanceForm;
import org.unoda.poa.reporting.capacity.CapacityOffer;
import org.unoda.poa.reporting.capacity.CapacityTopic;
import org.unoda.poa.reporting.capacity.OfferDetails;

/**
 * The offer form's fields.
 */
class OfferForm {

	private String title = "";

	private String description = "";

	private Pillar pillar;

	private Norm norm;

	private CapacityTopic topic;

	private AssistanceForm form;

	private RegionalGroup region;

	private List<String> languages = new ArrayList<>(List.of("en"));

	private boolean womensParticipation;

	private boolean genderDigitalDivide;

	private long version;

	static OfferForm of(CapacityOffer offer) {
		OfferForm form = new OfferForm();
		form.title = offer.getTitle();
		form.description = offer.getDescription();
		form.pillar = offer.getAssistance().getPillar();
		form.norm = offer.getAssistance().getNorm();
		form.topic = offer.getAssistance().getTopic();
		form.form = offer.getAssistance().getForm();
		form.region = offer.getRegion().orElse(null);
		form.languages = new ArrayList<>(offer.getLanguages());
		form.womensParticipation = offer.getAssistance().isWomensParticipation();
		form.genderDigitalDivide = offer.getAssistance().isGenderDigitalDivide();
		form.version = offer.getVersion();
		return form;
	}

	OfferDetails details() {
		return new OfferDetails(this.title, this.description, this.pillar, this.norm, this.topic, this.form,
				this.region, (this.languages != null) ? this.languages : List.of(), this.womensParticipation,
				this.genderDigitalDivide);
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

	public RegionalGroup getRegion() {
		return this.region;
	}

	public void setRegion(RegionalGroup region) {
		this.region = region;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
