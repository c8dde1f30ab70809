package org.unoda.poa.web.layout;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.unoda.poa.web.PoaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The styles, scripts and WebJars are served from their own paths, and only links to them are
 * looked for among the static files: a link to a page is written as it is, at no cost.
 */
@PoaIntegrationTest
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resources;

	@Test
	void stylesScriptsAndWebJarsAreServedAndLinkedWithTheirVersion() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/css/poa.css\"")
			.containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css\"")
			.containsPattern("src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\"");
		this.mvc.perform(get("/css/poa.css"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
		this.mvc.perform(get("/js/autosave.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
	}

	@Test
	void linksToPagesAreNotLookedForAmongTheStaticFiles() {
		assertThat(this.resources.getHandlerMap()).containsKeys("/css/**", "/js/**", "/webjars/**")
			.doesNotContainKey("/**");
		assertThat(this.resources.getForLookupPath("/reports/1")).isNull();
		assertThat(this.resources.getForLookupPath("/css/poa.css")).isEqualTo("/css/poa.css");
	}

}
