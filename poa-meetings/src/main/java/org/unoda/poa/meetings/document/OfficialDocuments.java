package org.unoda.poa.meetings.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.file.StoredFile;
import org.unoda.poa.core.file.StoredFiles;
import org.unoda.poa.core.file.Upload;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.agenda.MeetingDesk;

/**
 * Issuing a meeting's official documents and their language versions, and handing them to
 * those who may read them: public documents to anyone who may see the meeting, the others to
 * States' delegations and the secretariat only.
 */
@Service
@Transactional(readOnly = true)
public class OfficialDocuments {

	/**
	 * A UN document symbol: capitals, digits and the separators the UN uses, such as
	 * A/AC.300/2027/CRP.2.
	 */
	private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9./()\\-]{1,63}");

	private final MeetingDocumentRepository documents;

	private final MeetingCalendar calendar;

	private final MeetingDesk desk;

	private final StoredFiles files;

	OfficialDocuments(MeetingDocumentRepository documents, MeetingCalendar calendar, MeetingDesk desk,
			StoredFiles files) {
		this.documents = documents;
		this.calendar = calendar;
		this.desk = desk;
		this.files = files;
	}

	/**
	 * The documents of a meeting the viewer may read, by date of issue and symbol.
	 * @throws NotFoundException when the viewer may not see the meeting
	 */
	public List<MeetingDocument> of(Viewer viewer, Long meetingId) {
		this.calendar.find(viewer, meetingId);
		return readsRestricted(viewer) ? this.documents.findByMeeting(meetingId)
				: this.documents.findPublishedByMeeting(meetingId);
	}

	/**
	 * Issues a document with the file of its first language version, in one transaction: a
	 * refused file leaves no document.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public MeetingDocument issue(Viewer viewer, Long meetingId, DocumentDraft draft, String language, Upload upload) {
		this.calendar.find(viewer, meetingId);
		String symbol = draft.symbol().strip().toUpperCase(Locale.ROOT);
		if (!SYMBOL.matcher(symbol).matches()) {
			throw new FieldRejectedException("symbol", "document.symbol.invalid");
		}
		if (this.documents.existsBySymbolIgnoreCase(symbol)) {
			throw new FieldRejectedException("symbol", "document.symbol.taken");
		}
		if (draft.agendaItemId() != null
				&& this.desk.agenda(meetingId).stream().noneMatch((i) -> i.getId().equals(draft.agendaItemId()))) {
			throw new FieldRejectedException("agendaItemId", "document.agendaItem.invalid");
		}
		MeetingDocument document = this.documents.save(new MeetingDocument(meetingId, symbol, draft.title(),
				draft.type(), draft.agendaItemId(), draft.issuedOn(), draft.published()));
		putVersion(viewer, document, language, upload);
		return document;
	}

	/**
	 * Adds the file of another language version, or replaces one.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void addVersion(Viewer viewer, Long meetingId, Long documentId, String language, Upload upload) {
		putVersion(viewer, document(meetingId, documentId), language, upload);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void publish(Long meetingId, Long documentId, boolean published) {
		document(meetingId, documentId).publish(published);
	}

	/**
	 * Replaces the translations of a document's title, by language.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void translateTitle(Long meetingId, Long documentId, Map<String, String> titles) {
		document(meetingId, documentId).translateTitle(titles);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	public void withdraw(Long meetingId, Long documentId) {
		this.documents.delete(document(meetingId, documentId));
	}

	/**
	 * The file of one language version, for a viewer who may read the document.
	 * @throws NotFoundException when there is none or the viewer may not read it
	 */
	public StoredFile file(Viewer viewer, Long meetingId, Long documentId, String language) {
		this.calendar.find(viewer, meetingId);
		MeetingDocument document = document(meetingId, documentId);
		if (!document.isPublished() && !readsRestricted(viewer)) {
			throw new NotFoundException("document", documentId);
		}
		LanguageVersion version = document.version(language)
			.orElseThrow(() -> new NotFoundException("language version", language));
		return this.files.get(version.storedFileId());
	}

	private void putVersion(Viewer viewer, MeetingDocument document, String language, Upload upload) {
		if (!LanguageVersion.OFFICIAL_LANGUAGES.contains(language)) {
			throw new FieldRejectedException("language", "document.language.invalid");
		}
		StoredFile stored = this.files.store(upload, viewer.username());
		document.putVersion(language, stored.getId());
	}

	private MeetingDocument document(Long meetingId, Long documentId) {
		return this.documents.findById(documentId)
			.filter((d) -> d.getMeetingId().equals(meetingId))
			.orElseThrow(() -> new NotFoundException("document", documentId));
	}

	private static boolean readsRestricted(Viewer viewer) {
		return viewer.isSecretariatOrAdmin() || viewer.isStateUser();
	}

	/**
	 * What the secretariat gives for a new document.
	 */
	public record DocumentDraft(String symbol, String title, DocumentType type, Long agendaItemId, LocalDate issuedOn,
			boolean published) {
	}

}
