package org.unoda.poa.web.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a one-time submission token to every form that posts, beside the CSRF token Spring
 * Security adds (the processor it decorates). Thymeleaf asks for these hidden fields for each
 * form with a {@code th:action}.
 */
class SubmissionTokens implements RequestDataValueProcessor {

	static final String PARAMETER = "_submission";

	private static final String METHOD_ATTRIBUTE = SubmissionTokens.class.getName() + ".method";

	private final RequestDataValueProcessor csrf;

	SubmissionTokens(RequestDataValueProcessor csrf) {
		this.csrf = csrf;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		request.setAttribute(METHOD_ATTRIBUTE, httpMethod);
		return this.csrf.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return this.csrf.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String> csrfFields = this.csrf.getExtraHiddenFields(request);
		if (csrfFields != null) {
			fields.putAll(csrfFields);
		}
		if ("post".equalsIgnoreCase((String) request.getAttribute(METHOD_ATTRIBUTE))) {
			fields.put(PARAMETER, UUID.randomUUID().toString());
		}
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return this.csrf.processUrl(request, url);
	}

}
