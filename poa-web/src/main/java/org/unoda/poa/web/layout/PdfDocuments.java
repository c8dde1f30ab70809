package org.unoda.poa.web.layout;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Pages as PDF: a Thymeleaf template rendered in the reader's language, then laid out by
 * openhtmltopdf. Fonts covering Latin, Cyrillic, Arabic and Chinese are embedded (subset)
 * when the machine has them (Debian's fonts-noto-core and fonts-droid-fallback, which
 * {@code .ci/run} installs); Arabic letters are joined and its lines laid right to left by
 * ICU, and Chinese lines break between characters.
 */
@Component
public class PdfDocuments {

	/**
	 * The fonts, by family as the PDF templates name them in {@code font-family}.
	 */
	private static final List<Font> FONTS = List.of(
			new Font("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "Noto Sans", 400),
			new Font("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", "Noto Sans", 700),
			new Font("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400),
			new Font("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700),
			new Font("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400));

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * Renders the template with the variables (and {@code pdf} set) as a PDF.
	 */
	public byte[] render(String template, Map<String, Object> variables) {
		Locale locale = LocaleContextHolder.getLocale();
		Context context = new Context(locale, variables);
		context.setVariable("pdf", true);
		String html = this.templates.process(template, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (Font font : FONTS) {
				File file = new File(font.path());
				if (file.canRead()) {
					builder.useFont(file, font.family(), font.weight(), FontStyle.NORMAL, true);
				}
			}
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
			builder.defaultTextDirection(UnLanguage.orEnglish(locale).isRightToLeft() ? TextDirection.RTL
					: TextDirection.LTR);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Font(String path, String family, int weight) {
	}

}
