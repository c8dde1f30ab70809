package org.unoda.poa.web.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes the platform's CSV files. A cell that a spreadsheet would read as a formula (starting
 * with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, so that
 * opening an export never runs what someone typed into a field (CSV injection); the import
 * removes that apostrophe again.
 */
public final class CsvFiles {

	public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

	private CsvFiles() {
	}

	/**
	 * A CSV download: a header row, then the rows.
	 */
	public static ResponseEntity<byte[]> download(String filename, List<String> header, List<List<?>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvFiles::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A value as written: inert for spreadsheets.
	 */
	public static String cell(Object value) {
		String text = (value != null) ? value.toString() : "";
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	/**
	 * A cell as read back: the apostrophe the export put before a formula-like value removed.
	 */
	public static String uncell(String text) {
		return (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0)
				? text.substring(1) : text;
	}

	public static List<List<?>> rows(Object[]... rows) {
		return Arrays.stream(rows).<List<?>>map(Arrays::asList).toList();
	}

}
