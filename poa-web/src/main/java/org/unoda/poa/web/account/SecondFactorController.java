package org.unoda.poa.web.account;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.user.SecondFactors;
import org.unoda.poa.core.user.SecondFactors.Verdict;
import org.unoda.poa.web.security.PartialSignIn;
import org.unoda.poa.web.security.SecondFactorStep;
import org.unoda.poa.web.security.SignInThrottle;
import org.unoda.poa.web.security.SignedInUser;

/**
 * Two-step sign-in: the code asked after the password, setting up an authenticator app (by
 * choice, or because the role requires it), recovery codes, and turning it off.
 */
@Controller
class SecondFactorController {

	static final String VIEW_CODE = "account/second-factor-code";

	static final String VIEW_SET_UP = "account/second-factor-set-up";

	static final String VIEW_RECOVERY_CODES = "account/recovery-codes";

	static final String VIEW_STATUS = "account/second-factor";

	/** The secret being set up, kept in the session until a code from it is confirmed. */
	private static final String SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;

	private final SecondFactorStep step;

	private final SignInThrottle throttle;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final String demoSecret;

	SecondFactorController(SecondFactors secondFactors, SecondFactorStep step, SignInThrottle throttle,
			@Value("${poa.demo.second-factor-key:}") String demoSecret) {
		this.secondFactors = secondFactors;
		this.step = step;
		this.throttle = throttle;
		this.demoSecret = demoSecret;
	}

	@GetMapping("/login/code")
	String codeForm(Model model) {
		PartialSignIn partial = partial(PartialSignIn.Step.CODE);
		if (partial == null) {
			return "redirect:/";
		}
		model.addAttribute("codeForm", CodeForm.empty());
		return showCodeForm(model, partial);
	}

	@PostMapping("/login/code")
	String checkCode(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		PartialSignIn partial = partial(PartialSignIn.Step.CODE);
		if (partial == null) {
			return "redirect:/login";
		}
		String username = partial.getName();
		Duration wait = this.throttle.waitBefore(username, request.getRemoteAddr());
		if (!wait.isZero()) {
			result.rejectValue("code", "signIn.throttled", new Object[] { Math.max(1, (wait.toSeconds() + 59) / 60) },
					null);
		}
		if (result.hasErrors()) {
			return showCodeForm(model, partial);
		}
		Verdict verdict = this.secondFactors.verify(partial.user().getId(), form.code());
		if (verdict == Verdict.REJECTED) {
			this.throttle.failed(username, request.getRemoteAddr());
			result.rejectValue("code", "secondFactor.codeWrong");
			return showCodeForm(model, partial);
		}
		this.step.complete(request, response, partial);
		if (verdict == Verdict.RECOVERY_CODE_USED) {
			redirect.addFlashAttribute("flashMessage", "secondFactor.recoveryCodeUsed");
		}
		return "redirect:" + onwards(request, response);
	}

	@GetMapping("/account/two-factor")
	String status(Model model) {
		SignedInUser user = signedIn();
		model.addAttribute("renewForm", CodeForm.empty());
		model.addAttribute("turnOffForm", CodeForm.empty());
		return showStatus(model, user);
	}

	@GetMapping("/account/two-factor/set-up")
	String setUpForm(Model model, HttpSession session) {
		model.addAttribute("codeForm", CodeForm.empty());
		return showSetUp(model, session);
	}

	@PostMapping("/account/two-factor/set-up")
	String setUp(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Model model,
			HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		String secret = (String) session.getAttribute(SECRET);
		if (secret == null) {
			return "redirect:/account/two-factor/set-up";
		}
		if (result.hasErrors()) {
			return showSetUp(model, session);
		}
		List<String> codes;
		try {
			codes = this.secondFactors.turnOn(person().getId(), secret, form.code());
		}
		catch (FieldRejectedException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return showSetUp(model, session);
		}
		session.removeAttribute(SECRET);
		PartialSignIn partial = partial(PartialSignIn.Step.SET_UP);
		String next = "/account/two-factor";
		if (partial != null) {
			this.step.complete(request, response, partial);
			next = onwards(request, response);
		}
		return showRecoveryCodes(model, response, codes, next);
	}

	@PostMapping("/account/two-factor/recovery-codes")
	String renewRecoveryCodes(@Valid @ModelAttribute("renewForm") CodeForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		SignedInUser user = signedIn();
		if (!result.hasErrors()) {
			try {
				List<String> codes = this.secondFactors.renewRecoveryCodes(user.getId(), form.code());
				return showRecoveryCodes(model, response, codes, "/account/two-factor");
			}
			catch (FieldRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		model.addAttribute("turnOffForm", CodeForm.empty());
		return showStatus(model, user);
	}

	@PostMapping("/account/two-factor/turn-off")
	String turnOff(@Valid @ModelAttribute("turnOffForm") CodeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SignedInUser user = signedIn();
		if (!result.hasErrors()) {
			try {
				this.secondFactors.turnOff(user.getId(), user.getRole(), form.code());
				redirect.addFlashAttribute("flashMessage", "secondFactor.turnedOff");
				return "redirect:/account/two-factor";
			}
			catch (FieldRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		model.addAttribute("renewForm", CodeForm.empty());
		return showStatus(model, user);
	}

	private String showCodeForm(Model model, PartialSignIn partial) {
		if (StringUtils.hasText(this.demoSecret)) {
			this.secondFactors.nextCode(partial.user().getId(), this.demoSecret)
				.ifPresent(next -> model.addAttribute("demoCode", next));
		}
		return VIEW_CODE;
	}

	private String showSetUp(Model model, HttpSession session) {
		SignedInUser user = person();
		String secret = (String) session.getAttribute(SECRET);
		if (secret == null) {
			secret = this.secondFactors.newSecret();
			session.setAttribute(SECRET, secret);
		}
		model.addAttribute("qrCode", QrCode.of(this.secondFactors.setUpAddress(secret, user.getUsername())));
		model.addAttribute("key", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("required", partial(PartialSignIn.Step.SET_UP) != null);
		model.addAttribute("alreadyOn", this.secondFactors.isOn(user.getId()));
		return VIEW_SET_UP;
	}

	private String showStatus(Model model, SignedInUser user) {
		model.addAttribute("status", this.secondFactors.status(user.getId()));
		model.addAttribute("required", user.getRole().requiresSecondFactor());
		return VIEW_STATUS;
	}

	private static String showRecoveryCodes(Model model, HttpServletResponse response, List<String> codes,
			String next) {
		// shown once: no copy in any cache
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("recoveryCodes", codes);
		model.addAttribute("next", next);
		return VIEW_RECOVERY_CODES;
	}

	/**
	 * Where the person was heading before signing in, or home.
	 */
	private String onwards(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		return (saved != null) ? saved.getRedirectUrl() : "/";
	}

	private static PartialSignIn partial(PartialSignIn.Step step) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof PartialSignIn partial && partial.getStep() == step) ? partial : null;
	}

	/**
	 * The person setting up an app: half signed in because their role requires one, or signed in.
	 */
	private static SignedInUser person() {
		PartialSignIn partial = partial(PartialSignIn.Step.SET_UP);
		return (partial != null) ? partial.user() : signedIn();
	}

	private static SignedInUser signedIn() {
		return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
	}

}
