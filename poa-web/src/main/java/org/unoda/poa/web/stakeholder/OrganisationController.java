package org.unoda.poa.web.stakeholder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.organisation.OrganisationType;
import org.unoda.poa.core.organisation.Organisations;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.Invitation;
import org.unoda.poa.core.user.OrganisationPeople;
import org.unoda.poa.core.user.OrganisationSignUp;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.Flash;
import org.unoda.poa.web.layout.UserMails;
import org.unoda.poa.web.security.SignUpThrottle;

/**
 * A stakeholder organisation signs up with its focal point, who then manages the accounts of
 * its representatives. Each new person receives a one-time link to set a password, by e-mail
 * only: the address is proved before the account can be used.
 */
@Controller
class OrganisationController {

	private static final Logger logger = LoggerFactory.getLogger(OrganisationController.class);

	static final String VIEW_SIGN_UP = "stakeholders/sign-up";

	static final String VIEW_ORGANISATION = "stakeholders/organisation";

	private final OrganisationPeople people;

	private final Organisations organisations;

	private final States states;

	private final UserMails mails;

	private final WebSettings settings;

	private final SignUpThrottle signUps;

	OrganisationController(OrganisationPeople people, Organisations organisations, States states, UserMails mails,
			WebSettings settings, SignUpThrottle signUps) {
		this.signUps = signUps;
		this.people = people;
		this.organisations = organisations;
		this.states = states;
		this.mails = mails;
		this.settings = settings;
	}

	@GetMapping("/stakeholders/sign-up")
	String signUpForm(Model model) {
		model.addAttribute("signUp", new OrganisationSignUp("", "", null, null, "https://", false, "", "", ""));
		return showSignUp(model);
	}

	@PostMapping("/stakeholders/sign-up")
	String signUp(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String acronym,
			@RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Long countryId,
			@RequestParam(defaultValue = "") String website, @RequestParam(defaultValue = "false") boolean ecosocStatus,
			@RequestParam(defaultValue = "") String focalPointName,
			@RequestParam(defaultValue = "") String focalPointEmail, @RequestParam(defaultValue = "") String username,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		OrganisationSignUp form = new OrganisationSignUp(name, acronym, type, countryId, website, ecosocStatus,
				focalPointName, focalPointEmail, username);
		if (!this.signUps.allows(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("signUp", form);
			model.addAttribute("flashError", "organisation.signUpThrottled");
			return showSignUp(model);
		}
		try {
			invite(this.people.signUp(form), "mail.organisation.signedUp", name.strip());
		}
		catch (FieldRejectedException ex) {
			model.addAttribute("signUp", form);
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			return showSignUp(model);
		}
		redirect.addFlashAttribute("flashMessage", "organisation.signedUp");
		return "redirect:/stakeholders";
	}

	@GetMapping("/stakeholders/organisation")
	String organisation(Viewer viewer, Model model) {
		model.addAttribute("organisation", this.organisations.find(viewer.organisationId()).orElseThrow());
		model.addAttribute("people", this.people.of(viewer));
		model.addAttribute("focalPoint", this.people.isFocalPoint(viewer));
		model.addAttribute("ownUserId", viewer.userId());
		return VIEW_ORGANISATION;
	}

	@PostMapping("/stakeholders/organisation/representatives")
	String addRepresentative(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String focalPointName,
			@RequestParam(defaultValue = "") String focalPointEmail, Viewer viewer, RedirectAttributes redirect) {
		String organisation = this.organisations.find(viewer.organisationId()).orElseThrow().getName();
		if (!Flash.apply(redirect, "organisation.representativeAdded", () -> invite(
				this.people.addRepresentative(viewer, username, focalPointName, focalPointEmail),
				"mail.organisation.representativeAdded", organisation))) {
			redirect.addFlashAttribute("typedUsername", username);
			redirect.addFlashAttribute("typedName", focalPointName);
			redirect.addFlashAttribute("typedEmail", focalPointEmail);
		}
		return "redirect:/stakeholders/organisation#people";
	}

	@PostMapping("/stakeholders/organisation/representatives/{id}/disable")
	String disable(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "organisation.representativeDisabled", () -> this.people.disable(viewer, id));
		return "redirect:/stakeholders/organisation#people";
	}

	@PostMapping("/stakeholders/organisation/representatives/{id}/enable")
	String enable(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		Flash.apply(redirect, "organisation.representativeEnabled", () -> this.people.enable(viewer, id));
		return "redirect:/stakeholders/organisation#people";
	}

	private String showSignUp(Model model) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("states", this.states.all());
		return VIEW_SIGN_UP;
	}

	/**
	 * Sends the new person their link to set a password; the account stands even when the mail
	 * server is down, and an administrator can issue a new link.
	 */
	private void invite(Invitation invitation, String key, String organisation) {
		String url = UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/account/set-password")
			.queryParam("token", invitation.link().token())
			.toUriString();
		try {
			this.mails.send(invitation.account(), key, (locale) -> new Object[] {
					invitation.account().getDisplayName(), organisation, url, invitation.account().getUsername(),
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
						.withLocale(locale)
						.withZone(ZoneOffset.UTC)
						.format(invitation.link().expiresAt()) });
		}
		catch (MailException ex) {
			logger.warn("Invitation to account {} not sent: {}", invitation.account().getId(), ex.getMessage());
		}
	}

}
