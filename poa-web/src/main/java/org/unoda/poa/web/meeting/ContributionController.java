package org.unoda.poa.web.meeting;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.file.Upload;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.contribution.Contributions;
import org.unoda.poa.web.layout.Downloads;
import org.unoda.poa.web.layout.Flash;

/**
 * Written contributions: an accredited organisation submits or withdraws one from the meeting's
 * page; the secretariat publishes or declines it from the meeting desk.
 */
@Controller
class ContributionController {

	private final Contributions contributions;

	ContributionController(Contributions contributions) {
		this.contributions = contributions;
	}

	@PostMapping("/meetings/{id}/contributions")
	String submit(@PathVariable Long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) Long agendaItemId, @RequestParam(defaultValue = "") String body,
			@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer,
			RedirectAttributes redirect) throws IOException {
		Upload upload = (file != null && !file.isEmpty()) ? new Upload(file.getOriginalFilename(), file.getBytes())
				: null;
		if (!Flash.apply(redirect, "contribution.submitted",
				() -> this.contributions.submit(viewer, id, agendaItemId, title, body, upload))) {
			// what was typed is not lost
			redirect.addFlashAttribute("contributionTitle", title);
			redirect.addFlashAttribute("contributionBody", body);
		}
		return "redirect:/meetings/" + id + "#contributions";
	}

	@PostMapping("/meetings/{id}/contributions/{contributionId}/withdraw")
	String withdraw(@PathVariable Long id, @PathVariable Long contributionId, @RequestParam long version,
			Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "contribution.withdrawn",
				() -> this.contributions.withdraw(viewer, id, contributionId, version));
		return "redirect:/meetings/" + id + "#contributions";
	}

	@PostMapping("/meetings/{id}/contributions/{contributionId}/publish")
	String publish(@PathVariable Long id, @PathVariable Long contributionId, @RequestParam long version,
			Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "contribution.published",
				() -> this.contributions.publish(viewer, id, contributionId, version));
		return "redirect:/meetings/" + id + "/manage#contributions";
	}

	@PostMapping("/meetings/{id}/contributions/{contributionId}/decline")
	String decline(@PathVariable Long id, @PathVariable Long contributionId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "contribution.declined",
				() -> this.contributions.decline(viewer, id, contributionId, version, reason));
		return "redirect:/meetings/" + id + "/manage#contribution-" + contributionId;
	}

	@GetMapping("/meetings/{id}/contributions/{contributionId}/file")
	ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long contributionId, Viewer viewer) {
		return Downloads.of(this.contributions.file(viewer, id, contributionId));
	}

}
