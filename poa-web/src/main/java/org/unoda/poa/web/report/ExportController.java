package org.unoda.poa.web.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.unoda.poa.reporting.synthesis.AnswerExport;
import org.unoda.poa.reporting.synthesis.ExportRow;
import org.unoda.poa.web.layout.CsvFiles;

/**
 * The answers of submitted reports as CSV and XLSX, one row per State, question and cycle,
 * streamed as they are read. For the secretariat (the service checks it); the column headers
 * are in the reader's language.
 */
@Controller
class ExportController {

	private static final List<String> COLUMNS = List.of("cycle", "state", "stateName", "regionalGroup", "revision",
			"visibility", "language", "submittedAt", "section", "question", "pillar", "norm", "questionType",
			"questionText", "answer");

	private final AnswerExport export;

	private final MessageSource messages;

	ExportController(AnswerExport export, MessageSource messages) {
		this.export = export;
		this.messages = messages;
	}

	@GetMapping("/reporting/answers.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(name = "cycle", required = false) Long cycleId,
			Locale locale) {
		this.export.checkAllowed();
		List<String> header = header(locale);
		return download("answers.csv", new MediaType("text", "csv", StandardCharsets.UTF_8), (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, CsvFiles.FORMAT);
			printer.printRecord(header);
			this.export.export(cycleId, (row) -> {
				try {
					printer.printRecord(cells(row).stream().map(CsvFiles::cell).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			printer.flush();
		});
	}

	@GetMapping("/reporting/answers.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(name = "cycle", required = false) Long cycleId,
			Locale locale) {
		this.export.checkAllowed();
		List<String> header = header(locale);
		return download("answers.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				(out) -> {
					Workbook workbook = new Workbook(out, "PoA Secretariat Platform", "1.0");
					Worksheet sheet = workbook.newWorksheet("answers");
					sheet.freezePane(0, 1);
					for (int c = 0; c < header.size(); c++) {
						sheet.value(0, c, header.get(c));
						sheet.style(0, c).bold().set();
					}
					int[] r = { 1 };
					this.export.export(cycleId, (row) -> {
						List<Object> cells = cells(row);
						for (int c = 0; c < cells.size(); c++) {
							Object value = cells.get(c);
							if (value instanceof Number number) {
								sheet.value(r[0], c, number);
							}
							else {
								sheet.value(r[0], c, (value != null) ? value.toString() : "");
							}
						}
						r[0]++;
						if (r[0] % 1000 == 0) {
							try {
								sheet.flush();
							}
							catch (IOException ex) {
								throw new UncheckedIOException(ex);
							}
						}
					});
					workbook.finish();
				});
	}

	private List<String> header(Locale locale) {
		return COLUMNS.stream().map((c) -> this.messages.getMessage("export.column." + c, null, locale)).toList();
	}

	private static List<Object> cells(ExportRow row) {
		return List.of(row.cycle(), row.stateAlpha3(), row.stateName(), row.regionalGroup(), row.revision(),
				row.visibility(), row.language(), (row.submittedAt() != null) ? row.submittedAt().toString() : "",
				row.sectionCode(), row.questionCode(), row.pillar(), row.norm(), row.questionType(),
				row.questionText(), row.answer());
	}

	private static ResponseEntity<StreamingResponseBody> download(String filename, MediaType type,
			StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
