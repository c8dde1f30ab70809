package org.unoda.poa.reporting.filing;

import java.io.Serializable;

import jakarta.persistence.Embeddable;

/**
 * A report's section: the report and the template section.
 *
 * @param reportId the report
 * @param sectionId the template section
 */
@Embeddable
record SectionKey(Long reportId, Long sectionId) implements Serializable {

}
