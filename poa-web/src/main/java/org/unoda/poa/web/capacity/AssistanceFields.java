package org.unoda.poa.web.capacity;

import java.util.ArrayList;
import java.util.List;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.reporting.capacity.Assistance;
import org.unoda.poa.reporting.capacity.AssistanceForm;
import org.unoda.poa.reporting.capacity.CapacityTopic;
import org.unoda.poa.web.layout.EditConflict;

/**
 * The fields the need and offer forms share: the title and description, what help, and the
 * version the editor loaded.
 */
abstract class AssistanceFields {

	private String title = "";

	private String description = "";

	private Pillar pillar;

	private Norm norm;

	private CapacityTopic topic;

	private AssistanceForm form;

	private boolean womensParticipation;

	private boolean genderDigitalDivide;

	private long version;

	void fill(String title, String description, Assistance assistance, long version) {
		this.title = title;
		this.description = description;
		this.pillar = assistance.getPillar();
		this.norm = assistance.getNorm();
		this.topic = assistance.getTopic();
		this.form = assistance.getForm();
		this.womensParticipation = assistance.isWomensParticipation();
		this.genderDigitalDivide = assistance.isGenderDigitalDivide();
		this.version = version;
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

	/**
	 * The shared fields as the conflict page compares them, in the form's order.
	 */
	List<EditConflict.Field> assistanceFields() {
		List<EditConflict.Field> fields = new ArrayList<>();
		fields.add(EditConflict.Field.text("capacity.field.title", this.title));
		fields.add(EditConflict.Field.text("capacity.field.description", this.description));
		fields.add(choice("capacity.field.pillar", (this.pillar != null) ? this.pillar.messageKey() : null, "capacity.choose"));
		fields.add(choice("capacity.field.norm", (this.norm != null) ? this.norm.messageKey() : null, "capacity.noNorm"));
		fields.add(choice("capacity.field.topic", (this.topic != null) ? this.topic.messageKey() : null, "capacity.choose"));
		fields.add(choice("capacity.field.form", (this.form != null) ? this.form.messageKey() : null, "capacity.choose"));
		fields.add(EditConflict.Field.choice("genderFocus.WOMENS_PARTICIPATION",
				this.womensParticipation ? "common.yes" : "common.no"));
		fields.add(EditConflict.Field.choice("genderFocus.GENDER_DIGITAL_DIVIDE",
				this.genderDigitalDivide ? "common.yes" : "common.no"));
		return fields;
	}

	static EditConflict.Field choice(String label, String messageKey, String none) {
		return EditConflict.Field.choice(label, (messageKey != null) ? messageKey : none);
	}

}
