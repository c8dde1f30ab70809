package org.unoda.poa.web.capacity;

import java.util.ArrayList;
import java.util.List;

import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.reporting.capacity.CapacityOffer;
import org.unoda.poa.reporting.capacity.OfferDetails;
import org.unoda.poa.web.layout.EditConflict;

/**
 * The offer form's fields.
 */
class OfferForm extends AssistanceFields {

	private RegionalGroup region;

	private List<String> languages = new ArrayList<>(List.of("en"));

	static OfferForm of(CapacityOffer offer) {
		OfferForm form = new OfferForm();
		form.fill(offer.getTitle(), offer.getDescription(), offer.getAssistance(), offer.getVersion());
		form.region = offer.getRegion().orElse(null);
		form.languages = new ArrayList<>(offer.getLanguages());
		return form;
	}

	List<EditConflict.Field> fields() {
		List<EditConflict.Field> fields = assistanceFields();
		fields.add(choice("capacity.field.offerRegion", (this.region != null) ? this.region.messageKey() : null,
				"capacity.everyRegion"));
		fields.add(EditConflict.Field.text("capacity.field.languages",
				String.join(", ", (this.languages != null) ? this.languages : List.of())));
		return fields;
	}

	OfferDetails details() {
		return new OfferDetails(getTitle(), getDescription(), getPillar(), getNorm(), getTopic(), getForm(),
				this.region, (this.languages != null) ? this.languages : List.of(), isWomensParticipation(),
				isGenderDigitalDivide());
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

}
