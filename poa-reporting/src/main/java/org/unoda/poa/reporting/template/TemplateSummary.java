package org.unoda.poa.reporting.template;

import java.time.Instant;

/**
 * A template edition in a list.
 *
 * @param id the identifier
 * @param code the questionnaire's code
 * @param edition the edition number
 * @param title the title
 * @param status draft or published
 * @param publishedAt when it was published
 */
public record TemplateSummary(Long id, String code, int edition, String title, TemplateStatus status,
		Instant publishedAt) {

	static TemplateSummary of(ReportTemplate template) {
		return new TemplateSummary(template.getId(), template.getCode(), template.getEdition(), template.getTitle(),
				template.getStatus(), template.getPublishedAt());
	}

}
