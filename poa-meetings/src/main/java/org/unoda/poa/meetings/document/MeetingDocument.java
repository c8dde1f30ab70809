package org.unoda.poa.meetings.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.unoda.poa.core.language.Localized;
import org.unoda.poa.core.language.Translations;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.persistence.AuditedEntity;

/**
 * An official document of a meeting, under its UN document symbol, with a file for each
 * language it was issued in.
 */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument extends AuditedEntity {

	private Long meetingId;

	private String symbol;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private Long agendaItemId;

	private LocalDate issuedOn;

	@Column(name = "public")
	private boolean published;

	@ElementCollection
	@CollectionTable(name = "document_file", joinColumns = @JoinColumn(name = "document_id"))
	private List<LanguageVersion> files = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Map<String, String>> translations = Map.of();

	protected MeetingDocument() {
	}

	/**
	 * The title as a reader of the given language is shown it: its translation when there is
	 * one, otherwise as written, in English like meeting titles.
	 */
	public Localized titleIn(String reader) {
		return getTranslations().pick("title", this.title, Meeting.WRITTEN_IN, reader);
	}

	public Translations getTranslations() {
		return Translations.of(this.translations);
	}

	/**
	 * Replaces the title's translations, language by language; blank ones are removed.
	 */
	void translateTitle(Map<String, String> titles) {
		this.translations = Translations.ofField("title", titles, Meeting.WRITTEN_IN).texts();
	}

	MeetingDocument(Long meetingId, String symbol, String title, DocumentType type, Long agendaItemId,
			LocalDate issuedOn, boolean published) {
		this.meetingId = meetingId;
		this.symbol = symbol;
		this.title = title;
		this.type = type;
		this.agendaItemId = agendaItemId;
		this.issuedOn = issuedOn;
		this.published = published;
	}

	/**
	 * Adds the file of a language version, or replaces it.
	 */
	void putVersion(String language, Long storedFileId) {
		this.files.removeIf((f) -> f.language().equals(language));
		this.files.add(new LanguageVersion(language, storedFileId));
	}

	void removeVersion(String language) {
		this.files.removeIf((f) -> f.language().equals(language));
	}

	void publish(boolean published) {
		this.published = published;
	}

	public Optional<LanguageVersion> version(String language) {
		return this.files.stream().filter((f) -> f.language().equals(language)).findFirst();
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public String getTitle() {
		return this.title;
	}

	public DocumentType getType() {
		return this.type;
	}

	public Long getAgendaItemId() {
		return this.agendaItemId;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public boolean isPublished() {
		return this.published;
	}

	/**
	 * The language versions, in the UN's order of the official languages.
	 */
	public List<LanguageVersion> getFiles() {
		return this.files.stream()
			.sorted(Comparator.comparingInt((LanguageVersion f) -> LanguageVersion.OFFICIAL_LANGUAGES.indexOf(f.language())))
			.toList();
	}

}
