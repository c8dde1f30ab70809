package org.unoda.poa.web.report;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.state.State;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report's PDF in each of the six languages: the fonts for its script are embedded and its
 * text, Arabic included, reads back from the PDF as it was written.
 */
@PoaIntegrationTest
class ReportPdfLanguagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	NationalReportRepository reports;

	@Autowired
	MessageSource messages;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ar | EGY | التقرير الوطني الطوعي لجمهورية مصر العربية
			zh | CHN | 2026年自愿国家报告
			en | GBR | Voluntary national report 2026
			fr | FRA | Rapport national volontaire 2026
			ru | RUS | Добровольный национальный доклад за 2026 год
			es | SLV | Informe nacional voluntario de 2026
			""")
	void aReportReadsBackFromItsPdfInEachLanguage(String language, String stateCode, String title) throws Exception {
		State state = this.data.state(stateCode);
		NationalReport report = new NationalReport(state, this.data.cycle(), title, ReportVisibility.PUBLIC, language);
		report.markSubmitted(Instant.parse("2026-06-30T12:00:00Z"));
		Long id = this.reports.save(report).getId();
		Locale locale = Locale.forLanguageTag(language);

		byte[] pdf = this.mvc.perform(get("/reports/{id}/pdf", id).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = readable(new PDFTextStripper().getText(document));
			assertThat(text).contains(title).contains(state.getName(locale));
			// a label from the bundles, word by word: extraction does not keep the order of short
			// right-to-left runs between separators
			assertThat(text).contains(this.messages.getMessage("reports.revision", new Object[] { 1 }, locale).split(" "));
			// every font is embedded, so the text shows on machines without these fonts
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	/**
	 * The text as a reader types it: Arabic letters joined for display are stored as
	 * presentation forms, which compatibility normalisation turns back into letters.
	 */
	private static String readable(String extracted) {
		return Normalizer.normalize(extracted, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
	}

}
