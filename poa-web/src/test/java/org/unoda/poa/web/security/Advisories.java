package org.unoda.poa.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.maven.artifact.versioning.ComparableVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cached advisory database in OSV format (https://ossf.github.io/osv-schema/): which advisories
 * affect a given Maven artifact at a given version.
 * <p>
 * An advisory affects a version when the version is listed in {@code versions} of one of its
 * {@code affected} entries for the package, or falls in one of their {@code ECOSYSTEM} (or
 * {@code SEMVER}) ranges, evaluated as the OSV schema says: the events sorted by version, each
 * {@code introduced} (inclusive, {@code "0"} meaning from the first version) opens the range, each
 * {@code fixed} (exclusive) or {@code last_affected} (inclusive) closes it. Versions are ordered by
 * Maven's own {@link ComparableVersion}, so {@code 2.0-beta9 < 2.0 < 2.0.1} and
 * {@code 5.2.20.RELEASE = 5.2.20}. {@code GIT} ranges (commits, not versions), other ecosystems'
 * packages and withdrawn advisories are ignored.
 */
final class Advisories {

	static final String RESOURCE = "/security/advisories.json";

	private static final String MAVEN = "Maven";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String updated;

	private final List<JsonNode> vulns;

	private Advisories(JsonNode database) {
		this.updated = database.path("updated").asString("");
		this.vulns = new ArrayList<>(database.path("vulns").values());
	}

	/** The database committed with the tests, {@value #RESOURCE}. */
	static Advisories cached() {
		try (InputStream in = Advisories.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the test classpath");
			}
			return new Advisories(JSON.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A database given as JSON text: {@code {"updated": ..., "vulns": [OSV records]}}. */
	static Advisories parse(String json) {
		return new Advisories(JSON.readTree(json));
	}

	/** When the database was last refreshed, as written in it. */
	String updated() {
		return this.updated;
	}

	List<JsonNode> records() {
		return List.copyOf(this.vulns);
	}

	/**
	 * The advisories that affect {@code groupId:artifactId} at {@code version}, each with the
	 * version that fixes it where the advisory names one.
	 */
	List<Finding> affecting(String groupId, String artifactId, String version) {
		String name = groupId + ":" + artifactId;
		ComparableVersion current = new ComparableVersion(version);
		List<Finding> findings = new ArrayList<>();
		for (JsonNode vuln : this.vulns) {
			if (vuln.has("withdrawn")) {
				continue;
			}
			for (JsonNode affected : vuln.path("affected").values()) {
				JsonNode pkg = affected.path("package");
				if (!MAVEN.equals(pkg.path("ecosystem").asString("")) || !name.equals(pkg.path("name").asString(""))) {
					continue;
				}
				Optional<Match> match = match(affected, version, current);
				if (match.isPresent()) {
					findings.add(new Finding(vuln.path("id").asString(), aliases(vuln), summary(vuln),
							match.get().fixed()));
					break;
				}
			}
		}
		return findings;
	}

	private static Optional<Match> match(JsonNode affected, String version, ComparableVersion current) {
		for (JsonNode range : affected.path("ranges").values()) {
			String type = range.path("type").asString("");
			if (type.equals("ECOSYSTEM") || type.equals("SEMVER")) {
				Optional<Match> match = match(events(range), current);
				if (match.isPresent()) {
					return match;
				}
			}
		}
		for (JsonNode listed : affected.path("versions").values()) {
			if (version.equals(listed.asString(""))) {
				return Optional.of(new Match(null));
			}
		}
		return Optional.empty();
	}

	/** The OSV evaluation of one range: walk its events in version order. */
	private static Optional<Match> match(List<Event> events, ComparableVersion current) {
		boolean affected = false;
		for (Event event : events) {
			switch (event.kind()) {
				case INTRODUCED -> {
					if (event.version() == null || current.compareTo(event.version()) >= 0) {
						affected = true;
					}
				}
				case FIXED -> {
					if (current.compareTo(event.version()) >= 0) {
						affected = false;
					}
				}
				case LAST_AFFECTED -> {
					if (current.compareTo(event.version()) > 0) {
						affected = false;
					}
				}
			}
		}
		if (!affected) {
			return Optional.empty();
		}
		// the fix: the first fixed event above the version, if the range has one
		String fixed = events.stream()
			.filter((event) -> event.kind() == Kind.FIXED && current.compareTo(event.version()) < 0)
			.map((event) -> event.version().toString())
			.findFirst()
			.orElse(null);
		return Optional.of(new Match(fixed));
	}

	/** A range's events, in version order ({@code introduced: "0"} first). */
	static List<Event> events(JsonNode range) {
		List<Event> events = new ArrayList<>();
		for (JsonNode event : range.path("events").values()) {
			if (event.has("introduced")) {
				String introduced = event.path("introduced").asString();
				events.add(new Event(Kind.INTRODUCED, introduced.equals("0") ? null : new ComparableVersion(introduced)));
			}
			else if (event.has("fixed")) {
				events.add(new Event(Kind.FIXED, new ComparableVersion(event.path("fixed").asString())));
			}
			else if (event.has("last_affected")) {
				events.add(new Event(Kind.LAST_AFFECTED, new ComparableVersion(event.path("last_affected").asString())));
			}
			// "limit" events (rare, for GIT ranges) are not evaluated
		}
		events.sort(Comparator.comparing(Event::version, Comparator.nullsFirst(Comparator.naturalOrder())));
		return events;
	}

	/** The record's summary, or the first line of its details where it has none (OSV allows either). */
	private static String summary(JsonNode vuln) {
		String summary = vuln.path("summary").asString("").strip();
		if (summary.isEmpty()) {
			summary = vuln.path("details").asString("").strip().lines().findFirst().orElse("");
		}
		return (summary.length() > 160) ? summary.substring(0, 157) + "..." : summary;
	}

	private static List<String> aliases(JsonNode vuln) {
		return vuln.path("aliases").values().stream().map((alias) -> alias.asString("")).toList();
	}

	enum Kind {

		INTRODUCED, FIXED, LAST_AFFECTED

	}

	/** An event of a range; a null version is {@code introduced: "0"}, before every version. */
	record Event(Kind kind, ComparableVersion version) {
	}

	private record Match(String fixed) {
	}

	/**
	 * An advisory that affects an artifact.
	 * @param id the advisory's id (GHSA-…)
	 * @param aliases its other ids (CVE-…)
	 * @param summary what it is about
	 * @param fixed the version that fixes it, or null where the advisory names none
	 */
	record Finding(String id, List<String> aliases, String summary, String fixed) {

		String describe() {
			String ids = this.aliases.isEmpty() ? this.id : this.id + " (" + String.join(", ", this.aliases) + ")";
			return ids + ": " + this.summary + "; "
					+ ((this.fixed != null) ? "fixed in " + this.fixed : "no fixed version named");
		}

	}

}
