package org.unoda.poa.reporting.template;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unoda.poa.core.NotFoundException;

/**
 * Reads template editions. Published editions change only by their translations, so each is
 * read from the database once and then served from memory as long as its version in the
 * database is the one in memory: a translation saved on any node of a cluster is read on
 * every node at once, for the price of one look-up by key.
 */
@Service
@Transactional(readOnly = true)
public class Templates {

	private final ReportTemplateRepository templates;

	private final Map<Long, Questionnaire> published = new ConcurrentHashMap<>();

	Templates(ReportTemplateRepository templates) {
		this.templates = templates;
	}

	/**
	 * One edition with its sections and questions.
	 */
	public Questionnaire get(Long id) {
		Questionnaire cached = this.published.get(id);
		if (cached != null && this.templates.findVersionById(id).filter((v) -> v == cached.version()).isPresent()) {
			return cached;
		}
		Questionnaire questionnaire = Questionnaire
			.of(this.templates.findById(id).orElseThrow(() -> new NotFoundException("template", id)));
		if (questionnaire.isPublished()) {
			this.published.put(id, questionnaire);
		}
		return questionnaire;
	}

	/**
	 * Drops an edition from memory once the change under way commits, so the next reader
	 * gets it afresh. Only translations change a published edition.
	 */
	void forgetAfterCommit(Long id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				Templates.this.published.remove(id);
			}

		});
	}

	/**
	 * Every edition, by questionnaire and newest edition first.
	 */
	public List<TemplateSummary> list() {
		return this.templates.findAllOrdered().stream().map(TemplateSummary::of).toList();
	}

	/**
	 * The published editions, which a cycle can use.
	 */
	public List<TemplateSummary> published() {
		return list().stream().filter((t) -> t.status() == TemplateStatus.PUBLISHED).toList();
	}

}
