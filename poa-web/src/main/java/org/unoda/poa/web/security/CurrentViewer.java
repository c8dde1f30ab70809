package org.unoda.poa.web.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.unoda.poa.core.user.Viewer;

/**
 * Lets handler methods take the current {@link Viewer} as a parameter: the signed-in user, or
 * the anonymous public.
 */
public final class CurrentViewer implements HandlerMethodArgumentResolver {

	/**
	 * The viewer behind the current request.
	 */
	public static Viewer get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user.viewer();
		}
		return Viewer.anonymous();
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Viewer.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return get();
	}

}
