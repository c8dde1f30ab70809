package org.unoda.poa.reporting.template;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReportTemplateRepository extends Repository<ReportTemplate, Long> {

	Optional<ReportTemplate> findById(Long id);

	ReportTemplate save(ReportTemplate template);

	/**
	 * Loads a template to change it: the version goes up even when only a section or question
	 * changes, so concurrent editors of the same draft notice each other.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select t from ReportTemplate t where t.id = :id")
	Optional<ReportTemplate> findForChange(Long id);

	/**
	 * The edition's version alone: it moves on with every change, translations included, on
	 * whichever node the change is made.
	 */
	@Query("select t.version from ReportTemplate t where t.id = :id")
	Optional<Long> findVersionById(Long id);

	void delete(ReportTemplate template);

	@Query("select t from ReportTemplate t order by t.code, t.edition desc")
	List<ReportTemplate> findAllOrdered();

	boolean existsByCodeAndStatus(String code, TemplateStatus status);

	Optional<ReportTemplate> findFirstByCodeOrderByEditionDesc(String code);

}
