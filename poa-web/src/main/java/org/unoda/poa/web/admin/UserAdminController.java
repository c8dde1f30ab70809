package org.unoda.poa.web.admin;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.organisation.Organisations;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.LastAdministratorException;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.SecondFactors;
import org.unoda.poa.core.user.SetPasswordLink;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAdministration;
import org.unoda.poa.core.user.UsernameTakenException;
import org.unoda.poa.core.user.Usernames;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.EditConflict;
import org.unoda.poa.web.security.SignedInUser;

/**
 * Administrators manage accounts: find, create, change, disable, and issue one-time
 * set-password links.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String VIEW_LIST = "admin/users/list";

	static final String VIEW_FORM = "admin/users/form";

	static final String VIEW_LINK = "admin/users/link";

	private static final int PAGE_SIZE = 25;

	private final UserAdministration administration;

	private final States states;

	private final Organisations organisations;

	private final WebSettings settings;

	private final SecondFactors secondFactors;

	UserAdminController(UserAdministration administration, States states, Organisations organisations,
			WebSettings settings, SecondFactors secondFactors) {
		this.administration = administration;
		this.secondFactors = secondFactors;
		this.states = states;
		this.organisations = organisations;
		this.settings = settings;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "role", required = false) Role role,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		Page<UserAccount> accounts = this.administration.search(text, role,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username")));
		model.addAttribute("accounts", accounts);
		model.addAttribute("q", text);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("userForm", UserForm.empty());
		return showForm(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.username() == null || form.username().isBlank()) {
			result.rejectValue("username", "user.username.required");
		}
		else if (!Usernames.isValid(form.username())) {
			result.rejectValue("username", "user.username.pattern");
		}
		checkBinding(form, result);
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			UserAccount account = this.administration.create(form.username(), form.details());
			redirect.addFlashAttribute("flashMessage", "user.created");
			return "redirect:/admin/users/" + account.getId();
		}
		catch (UsernameTakenException ex) {
			result.rejectValue("username", "user.username.taken");
			return showForm(model, null);
		}
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable Long id, Model model) {
		UserAccount account = this.administration.get(id);
		model.addAttribute("userForm", UserForm.of(account));
		return showForm(model, account);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		UserAccount account = this.administration.get(id);
		checkBinding(form, result);
		if (result.hasErrors()) {
			return showForm(model, account);
		}
		try {
			this.administration.update(id, (form.version() != null) ? form.version() : -1, form.details());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// both versions side by side; the form keeps the typed values on top of the saved version
			UserAccount saved = this.administration.get(id);
			UserForm yours = form.onTopOf(saved.getVersion());
			model.addAttribute("conflict", EditConflict.between(saved.getUpdatedBy(), saved.getUpdatedAt(),
					fields(UserForm.of(saved), locale), fields(yours, locale)));
			model.addAttribute("userForm", yours);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "userForm", new DirectFieldBindingResult(yours, "userForm"));
			return showForm(model, saved);
		}
		catch (LastAdministratorException ex) {
			result.rejectValue("role", "user.lastAdministrator");
			return showForm(model, account);
		}
		redirect.addFlashAttribute("flashMessage", "user.updated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		if (id.equals(admin.getId())) {
			redirect.addFlashAttribute("flashError", "user.cannotDisableSelf");
			return "redirect:/admin/users/" + id;
		}
		try {
			this.administration.disable(id);
			redirect.addFlashAttribute("flashMessage", "user.disabled");
		}
		catch (LastAdministratorException ex) {
			redirect.addFlashAttribute("flashError", "user.lastAdministrator");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/sessions/end")
	String endSessions(@PathVariable Long id, RedirectAttributes redirect) {
		this.administration.endSessions(id);
		redirect.addFlashAttribute("flashMessage", "user.sessionsEnded");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
		this.administration.resetSecondFactor(id);
		redirect.addFlashAttribute("flashMessage", "user.secondFactorReset");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		this.administration.enable(id);
		redirect.addFlashAttribute("flashMessage", "user.enabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password-link")
	String issuePasswordLink(@PathVariable Long id, @AuthenticationPrincipal SignedInUser admin, Model model) {
		SetPasswordLink link = this.administration.issueSetPasswordLink(id, admin.getUsername());
		model.addAttribute("link", link);
		model.addAttribute("url", UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/account/set-password")
			.queryParam("token", link.token())
			.toUriString());
		model.addAttribute("account", this.administration.get(id));
		return VIEW_LINK;
	}

	/**
	 * The rules between fields: a delegate needs a State, a stakeholder an organisation, and
	 * only a delegate can be an approver.
	 */
	private void checkBinding(UserForm form, BindingResult result) {
		if (form.role() == Role.DELEGATE
				&& (form.stateId() == null || this.states.find(form.stateId()).isEmpty())) {
			result.rejectValue("stateId", "user.state.required");
		}
		if (form.role() == Role.STAKEHOLDER
				&& (form.organisationId() == null || this.organisations.find(form.organisationId()).isEmpty())) {
			result.rejectValue("organisationId", "user.organisation.required");
		}
		if (form.isApprover() && form.role() != Role.DELEGATE) {
			result.rejectValue("approver", "user.approver.delegateOnly");
		}
	}

	/**
	 * The form's fields as the conflict page compares them, the State and organisation by name.
	 */
	private List<EditConflict.Field> fields(UserForm form, Locale locale) {
		String state = (form.stateId() != null)
				? this.states.find(form.stateId()).map((found) -> found.getName(locale)).orElse("") : "";
		String organisation = (form.organisationId() != null)
				? this.organisations.find(form.organisationId()).map((found) -> found.getName()).orElse("") : "";
		return List.of(EditConflict.Field.text("user.displayName", form.displayName()),
				EditConflict.Field.text("user.email", form.email()),
				EditConflict.Field.choice("user.role", (form.role() != null) ? form.role().messageKey() : "user.role.choose"),
				EditConflict.Field.text("user.state", state), EditConflict.Field.text("user.organisation", organisation),
				EditConflict.Field.choice("role.approver", form.isApprover() ? "common.yes" : "common.no"));
	}

	private String showForm(Model model, UserAccount account) {
		model.addAttribute("account", account);
		model.addAttribute("secondFactorOn", account != null && this.secondFactors.isOn(account.getId()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("states", this.states.all());
		model.addAttribute("organisations", this.organisations.all());
		return VIEW_FORM;
	}

}
