package org.unoda.poa.web.account;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.user.InvalidPasswordLinkException;
import org.unoda.poa.core.user.PasswordPolicy;
import org.unoda.poa.core.user.PasswordRejectedException;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAdministration;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Setting a password through a one-time link, without being signed in.
 */
@Controller
@RequestMapping("/account/set-password")
class SetPasswordController {

	static final String VIEW_FORM = "account/set-password";

	static final String VIEW_INVALID = "account/link-invalid";

	private final UserAdministration administration;

	private final PasswordPolicy policy;

	SetPasswordController(UserAdministration administration, PasswordPolicy policy) {
		this.administration = administration;
		this.policy = policy;
	}

	@GetMapping
	String initForm(@RequestParam(name = "token", required = false) String token, Model model,
			HttpServletResponse response) {
		return this.administration.accountForLink(token).map(account -> {
			model.addAttribute("setPasswordForm", new SetPasswordForm(token, "", ""));
			return showForm(model, account);
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping
	String processForm(@Valid @ModelAttribute("setPasswordForm") SetPasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UserAccount account = this.administration.accountForLink(form.token()).orElse(null);
		if (account == null) {
			return invalid(response);
		}
		if (!result.hasFieldErrors("password") && !result.hasFieldErrors("confirmation")
				&& !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.confirmation.mismatch");
		}
		if (!result.hasFieldErrors("password")) {
			this.policy.check(form.password(), account.getUsername())
				.ifPresent(key -> result.rejectValue("password", key, new Object[] { this.policy.getMinimumLength() },
						null));
		}
		if (result.hasErrors()) {
			return showForm(model, account);
		}
		try {
			this.administration.setPassword(form.token(), form.password());
		}
		catch (InvalidPasswordLinkException ex) {
			return invalid(response);
		}
		catch (PasswordRejectedException ex) {
			result.rejectValue("password", ex.getMessageKey(), new Object[] { this.policy.getMinimumLength() }, null);
			return showForm(model, account);
		}
		redirect.addFlashAttribute("flashMessage", "password.set");
		return "redirect:/login";
	}

	private String showForm(Model model, UserAccount account) {
		model.addAttribute("username", account.getUsername());
		model.addAttribute("minimumLength", this.policy.getMinimumLength());
		return VIEW_FORM;
	}

	private String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return VIEW_INVALID;
	}

}
