package org.unoda.poa.web.report;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.report.ReportWorkflowException;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.filing.ReportWorkflow;

/**
 * The report's steps from its page: send for review, return with comments, submit, revise,
 * and choose who may read it. Refusals come back to the report page as a message.
 */
@Controller
@RequestMapping("/reports/{id}")
class WorkflowController {

	private final ReportWorkflow workflow;

	WorkflowController(ReportWorkflow workflow) {
		this.workflow = workflow;
	}

	@PostMapping("/send-for-review")
	String sendForReview(@PathVariable Long id, @RequestParam(defaultValue = "") String comment, Viewer viewer,
			RedirectAttributes redirect) {
		return step(id, redirect, "reportWorkflow.sentForReview", () -> this.workflow.sendForReview(viewer, id, comment));
	}

	@PostMapping("/return")
	String returnForChanges(@PathVariable Long id, @RequestParam(defaultValue = "") String comment, Viewer viewer,
			RedirectAttributes redirect) {
		return step(id, redirect, "reportWorkflow.returned",
				() -> this.workflow.returnForChanges(viewer, id, comment));
	}

	@PostMapping("/submit")
	String submit(@PathVariable Long id, @RequestParam(defaultValue = "") String comment, Viewer viewer,
			RedirectAttributes redirect) {
		return step(id, redirect, "reportWorkflow.submitted", () -> this.workflow.submit(viewer, id, comment));
	}

	@PostMapping("/revise")
	String revise(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		try {
			Long next = this.workflow.startRevision(viewer, id);
			redirect.addFlashAttribute("flashMessage", "reportWorkflow.revisionStarted");
			return "redirect:/reports/" + next + "/edit";
		}
		catch (ReportWorkflowException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/reports/" + id;
		}
	}

	@PostMapping("/visibility")
	String changeVisibility(@PathVariable Long id, @RequestParam ReportVisibility visibility, Viewer viewer,
			RedirectAttributes redirect) {
		return step(id, redirect, "reportWorkflow.visibilityChanged",
				() -> this.workflow.changeVisibility(viewer, id, visibility));
	}

	private static String step(Long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (ReportWorkflowException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/reports/" + id;
	}

}
