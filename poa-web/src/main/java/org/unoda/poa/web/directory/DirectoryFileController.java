package org.unoda.poa.web.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.web.layout.CsvFiles;
import org.unoda.poa.core.contact.ContactImport;
import org.unoda.poa.core.contact.Directory;
import org.unoda.poa.core.contact.ImportResult;
import org.unoda.poa.core.user.Viewer;

/**
 * The directory as a file: CSV export for those who may read it (with the current search),
 * and all-or-nothing CSV import for administrators. Both use the same columns.
 */
@Controller
class DirectoryFileController {

	static final String VIEW_IMPORT = "directory/import";

	private final Directory directory;

	private final ContactImport contactImport;

	DirectoryFileController(Directory directory, ContactImport contactImport) {
		this.directory = directory;
		this.contactImport = contactImport;
	}

	@GetMapping(path = "/directory/export.csv")
	ResponseEntity<byte[]> export(@ModelAttribute DirectoryQuery query, Viewer viewer) {
		List<String> header = new ArrayList<>(ContactImport.COLUMNS);
		header.addAll(List.of("status", "last_confirmed"));
		List<List<?>> rows = this.directory.export(viewer, query.search())
			.stream()
			.<List<?>>map(contact -> Arrays.asList(contact.getState().getAlpha3(), contact.getLevel(),
					contact.getFullName(), contact.getTitle(), contact.getAgency(), String.join(";", contact.getEmails()),
					String.join(";", contact.getPhones()), String.join(";", contact.getWorkingLanguages()),
					contact.getTimeZone(), contact.getAvailability(), contact.getOfficeHours(),
					contact.getSecureChannels(), contact.getStatus(),
					contact.getLastConfirmedAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse("")))
			.toList();
		return CsvFiles.download("points-of-contact.csv", header, rows);
	}

	@ModelAttribute("columns")
	List<String> columns() {
		return ContactImport.COLUMNS;
	}

	@GetMapping("/directory/import")
	String initImportForm() {
		return VIEW_IMPORT;
	}

	@PostMapping("/directory/import")
	String processImportForm(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "verified", defaultValue = "false") boolean verified, Viewer viewer, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("fileError", "import.file.required");
			return VIEW_IMPORT;
		}
		List<Map<String, String>> rows;
		try {
			rows = read(file);
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			model.addAttribute("fileError", "import.file.unreadable");
			return VIEW_IMPORT;
		}
		ImportResult result = this.contactImport.importRows(viewer, rows, verified);
		if (!result.succeeded()) {
			model.addAttribute("problems", result.problems());
			return VIEW_IMPORT;
		}
		redirect.addFlashAttribute("flashMessage", "import.done");
		redirect.addFlashAttribute("imported", result.imported());
		return "redirect:/directory";
	}

	private static List<Map<String, String>> read(MultipartFile file) throws IOException {
		try (Reader reader = withoutByteOrderMark(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setTrim(true)
					.get()
					.parse(reader)) {
			if (!parser.getHeaderNames().containsAll(List.of("state", "level", "full_name", "emails"))) {
				throw new IllegalArgumentException("missing required columns");
			}
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new LinkedHashMap<>();
				// the line in the file, so the report points at the right one even after blank lines
				row.put(ContactImport.LINE, Long.toString(parser.getCurrentLineNumber()));
				for (String column : parser.getHeaderNames()) {
					row.put(column, record.isSet(column) ? CsvFiles.uncell(record.get(column)) : "");
				}
				rows.add(row);
			}
			return rows;
		}
	}

	/**
	 * Spreadsheet programs often start UTF-8 files with a byte order mark; it is not data.
	 */
	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

}
