package org.unoda.poa.web.report;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.unoda.poa.reporting.filing.AnswerValue;
import org.unoda.poa.reporting.filing.ReportContent;
import org.unoda.poa.web.layout.PdfDocuments;

/**
 * A report version as a PDF, for clearance at home: the print view in the reader's language.
 */
@Component
class ReportPdf {

	private final PdfDocuments pdf;

	ReportPdf(PdfDocuments pdf) {
		this.pdf = pdf;
	}

	byte[] render(ReportContent content) {
		return this.pdf.render(ReportController.VIEW_PRINT,
				Map.of("content", content, "report", content.report(), "emptyAnswer", AnswerValue.EMPTY));
	}

}
