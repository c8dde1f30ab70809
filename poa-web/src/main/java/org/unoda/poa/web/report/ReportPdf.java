package org.unoda.poa.web.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unoda.poa.reporting.filing.AnswerValue;
import org.unoda.poa.reporting.filing.ReportContent;

/**
 * A report version as a PDF, for clearance at home: the print view rendered by Thymeleaf in
 * the reader's language, then laid out by openhtmltopdf. Fonts covering Arabic, Chinese and
 * Cyrillic are embedded when the machine has the Noto fonts.
 */
@Component
class ReportPdf {

	private static final List<String[]> FONTS = List.of(
			new String[] { "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "Noto Sans" },
			new String[] { "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", "Noto Sans" },
			new String[] { "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic" });

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(ReportContent content) {
		Context context = new Context(LocaleContextHolder.getLocale(),
				Map.of("content", content, "report", content.report(), "emptyAnswer", AnswerValue.EMPTY, "pdf", true));
		String html = this.templates.process(ReportController.VIEW_PRINT, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (String[] font : FONTS) {
				File file = new File(font[0]);
				if (file.canRead()) {
					builder.useFont(file, font[1]);
				}
			}
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
