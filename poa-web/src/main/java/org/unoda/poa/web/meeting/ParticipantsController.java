package org.unoda.poa.web.meeting;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.registration.ListOfParticipants;
import org.unoda.poa.meetings.registration.Participation;
import org.unoda.poa.web.layout.Downloads;
import org.unoda.poa.web.layout.PdfDocuments;

/**
 * Who took part: each meeting's list of participants, as a page and as a PDF, naming only
 * those who agreed; and participation by gender across meetings.
 */
@Controller
class ParticipantsController {

	static final String VIEW_LIST = "meetings/participants";

	static final String VIEW_PDF = "meetings/participants-pdf";

	static final String VIEW_PARTICIPATION = "meetings/participation";

	private final Participation participation;

	private final PdfDocuments pdf;

	ParticipantsController(Participation participation, PdfDocuments pdf) {
		this.participation = participation;
		this.pdf = pdf;
	}

	@GetMapping("/meetings/{id}/participants")
	String list(@PathVariable Long id, Viewer viewer, Locale locale, Model model) {
		model.addAttribute("list", this.participation.listOf(viewer, id, locale));
		return VIEW_LIST;
	}

	@GetMapping("/meetings/{id}/participants.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Viewer viewer, Locale locale) {
		ListOfParticipants list = this.participation.listOf(viewer, id, locale);
		return Downloads.pdf(this.pdf.render(VIEW_PDF, Map.of("list", list)), "participants-" + id + ".pdf");
	}

	@GetMapping("/meetings/participation")
	String participation(Viewer viewer, Model model) {
		model.addAttribute("meetings", this.participation.byGenderOverTime(viewer));
		return VIEW_PARTICIPATION;
	}

}
