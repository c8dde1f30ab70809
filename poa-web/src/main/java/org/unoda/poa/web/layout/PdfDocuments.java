package org.unoda.poa.web.layout;

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

/**
 * Pages as PDF: a Thymeleaf template rendered in the reader's language, then laid out by
 * openhtmltopdf. Fonts covering Arabic, Chinese and Cyrillic are embedded when the machine has
 * the Noto fonts.
 */
@Component
public class PdfDocuments {

	private static final List<String[]> FONTS = List.of(
			new String[] { "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "Noto Sans" },
			new String[] { "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", "Noto Sans" },
			new String[] { "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic" });

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * Renders the template with the variables (and {@code pdf} set) as a PDF.
	 */
	public byte[] render(String template, Map<String, Object> variables) {
		Context context = new Context(LocaleContextHolder.getLocale(), variables);
		context.setVariable("pdf", true);
		String html = this.templates.process(template, context);
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
