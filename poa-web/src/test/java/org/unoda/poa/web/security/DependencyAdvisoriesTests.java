package org.unoda.poa.web.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.unoda.poa.web.security.Advisories.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every dependency the application runs with is checked against a cached advisory database, offline:
 * the SBOM that the build writes before the tests ({@code target/bom.json}, CycloneDX) against
 * {@code src/test/resources/security/advisories.json} (OSV), refreshed by
 * {@code .ci/refresh-advisories} where osv.dev is reachable. See docs/security.md.
 * <p>
 * The CycloneDX plugin runs only when Maven is online; in an offline build ({@code -o}) the check reads
 * the SBOM of the last online build, and fails if there is none.
 */
class DependencyAdvisoriesTests {

	private static final Path BOM = Path.of(System.getProperty("basedir", "."), "target", "bom.json");

	private final Advisories advisories = Advisories.cached();

	@Test
	void everyDependencyOfTheApplicationIsClearOfKnownAdvisories() throws Exception {
		if (!Files.isRegularFile(BOM)) {
			// the CycloneDX plugin needs Maven online: with -o it skips itself (and says so)
			if ("offline=true".equals(System.getProperty("poa.maven.offline"))) {
				fail("Maven ran offline (-o), so the CycloneDX plugin did not write " + BOM
						+ ": run the build once online to write it");
			}
			fail(BOM.toAbsolutePath() + " is missing: run through Maven so the SBOM is generated "
					+ "(./mvnw verify, or ./mvnw -pl poa-web generate-test-resources before running this test alone)");
		}
		List<Component> components = components(JsonMapper.builder().build().readTree(BOM.toFile()));
		// a BOM that lost the transitive dependencies would make the check pass for nothing
		assertThat(components).as("components in %s", BOM).hasSizeGreaterThan(50);
		assertThat(components).extracting(Component::coordinates)
			.contains("org.springframework:spring-core", "org.apache.tomcat.embed:tomcat-embed-core",
					"org.postgresql:postgresql");

		List<String> affected = new ArrayList<>();
		for (Component component : components) {
			for (Finding finding : this.advisories.affecting(component.group(), component.name(), component.version())) {
				affected.add(component.coordinates() + " " + component.version() + ": " + finding.describe());
			}
		}
		if (!affected.isEmpty()) {
			fail("Dependencies of the application are affected by known advisories (" + affected.size()
					+ " found in the advisory database of " + this.advisories.updated() + ", "
					+ this.advisories.records().size() + " advisories):\n  "
					+ String.join("\n  ", affected) + "\nUpgrade them (a managed version in the parent pom.xml "
					+ "overrides the Spring Boot BOM's); see docs/security.md.");
		}
	}

	@Test
	void flagsAVulnerableVersionAndNotAFixedOne() {
		assertThat(this.advisories.affecting("org.apache.logging.log4j", "log4j-core", "2.14.1"))
			.extracting(Finding::id, Finding::aliases, Finding::fixed)
			.contains(tuple("GHSA-jfh8-c2jp-5v3q", List.of("CVE-2021-44228"), "2.15.0"));
		assertThat(this.advisories.affecting("org.apache.logging.log4j", "log4j-core", "2.17.1")).isEmpty();
	}

	@Test
	void describesAFindingWithItsIdsSummaryAndFix() {
		Finding log4shell = this.advisories.affecting("org.apache.logging.log4j", "log4j-core", "2.14.1")
			.stream()
			.filter((finding) -> finding.id().equals("GHSA-jfh8-c2jp-5v3q"))
			.findFirst()
			.orElseThrow();
		assertThat(log4shell.describe())
			.isEqualTo("GHSA-jfh8-c2jp-5v3q (CVE-2021-44228): Remote code injection in Log4j; fixed in 2.15.0");
	}

	@Test
	void introducedIsInclusiveAndFixedExclusive() {
		Advisories database = Advisories.parse(database("""
				{"introduced": "1.2.0"}, {"fixed": "1.4.0"}"""));
		assertThat(ids(database, "1.1.9")).isEmpty();
		assertThat(ids(database, "1.2.0")).containsExactly("TEST-1");
		assertThat(ids(database, "1.3.99")).containsExactly("TEST-1");
		assertThat(ids(database, "1.4.0")).isEmpty();
		assertThat(ids(database, "1.4.0-RC1")).containsExactly("TEST-1");
		assertThat(database.affecting("org.example", "example-lib", "1.3.0")).singleElement()
			.extracting(Finding::fixed)
			.isEqualTo("1.4.0");
	}

	@Test
	void lastAffectedIsInclusive() {
		Advisories database = Advisories.parse(database("""
				{"introduced": "0"}, {"last_affected": "2.5"}"""));
		assertThat(ids(database, "0.1")).containsExactly("TEST-1");
		assertThat(ids(database, "2.5")).containsExactly("TEST-1");
		assertThat(ids(database, "2.5.0")).containsExactly("TEST-1");
		assertThat(ids(database, "2.5.1")).isEmpty();
		assertThat(database.affecting("org.example", "example-lib", "2.5")).singleElement()
			.extracting(Finding::fixed)
			.isNull();
	}

	@Test
	void introducedZeroMeansEveryVersionBeforeTheFix() {
		Advisories database = Advisories.parse(database("""
				{"introduced": "0"}, {"fixed": "2.0"}"""));
		assertThat(ids(database, "1.0-alpha-1")).containsExactly("TEST-1");
		assertThat(ids(database, "1.33")).containsExactly("TEST-1");
		assertThat(ids(database, "2.0")).isEmpty();
	}

	@Test
	void evaluatesSeveralIntervalsInOneRangeInVersionOrder() {
		// unsorted on purpose: the OSV evaluation sorts the events by version
		Advisories database = Advisories.parse(database("""
				{"introduced": "2.0"}, {"fixed": "2.3.1"}, {"introduced": "1.0"}, {"fixed": "1.5"}"""));
		assertThat(ids(database, "0.9")).isEmpty();
		assertThat(ids(database, "1.2")).containsExactly("TEST-1");
		assertThat(ids(database, "1.7")).isEmpty();
		assertThat(ids(database, "2.3.0")).containsExactly("TEST-1");
		assertThat(ids(database, "2.3.1")).isEmpty();
		assertThat(database.affecting("org.example", "example-lib", "1.2")).singleElement()
			.extracting(Finding::fixed)
			.isEqualTo("1.5");
	}

	@Test
	void comparesVersionsTheWayMavenDoes() {
		// Spring4Shell: fixed in 5.2.20.RELEASE, which Maven orders equal to 5.2.20
		assertThat(this.advisories.affecting("org.springframework", "spring-beans", "5.2.19.RELEASE"))
			.extracting(Finding::id)
			.contains("GHSA-36p3-wjmg-h94x");
		assertThat(this.advisories.affecting("org.springframework", "spring-beans", "5.2.20")).isEmpty();
		// a milestone comes before its release
		assertThat(this.advisories.affecting("org.apache.tomcat.embed", "tomcat-embed-core", "11.0.0-M5"))
			.extracting(Finding::id)
			.contains("GHSA-83qj-6fr2-vhqg");
		assertThat(this.advisories.affecting("org.apache.tomcat.embed", "tomcat-embed-core", "11.0.3")).isEmpty();
	}

	@Test
	void aPackageInNoAdvisoryIsClear() {
		assertThat(this.advisories.affecting("org.unoda.poa", "poa-core", "0.1.0-SNAPSHOT")).isEmpty();
		// the same artifact name under another group is another package
		assertThat(this.advisories.affecting("org.example", "log4j-core", "2.14.1")).isEmpty();
	}

	@Test
	void theCachedDatabaseIsWellFormedOsv() {
		assertThat(this.advisories.updated()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(this.advisories.records()).hasSizeGreaterThanOrEqualTo(10).allSatisfy((vuln) -> {
			String id = vuln.path("id").asString("");
			assertThat(id).as("id").isNotBlank();
			assertThat(vuln.path("summary").asString(vuln.path("details").asString(""))).as("summary of %s", id)
				.isNotBlank();
			List<JsonNode> maven = vuln.path("affected")
				.values()
				.stream()
				.filter((affected) -> affected.path("package").path("ecosystem").asString("").equals("Maven"))
				.toList();
			assertThat(maven).as("Maven packages affected by %s", id).isNotEmpty().allSatisfy((affected) -> {
				assertThat(affected.path("package").path("name").asString("")).matches("[^:\\s]+:[^:\\s]+");
				for (JsonNode range : affected.path("ranges").values()) {
					if (range.path("type").asString("").equals("ECOSYSTEM")) {
						assertThat(Advisories.events(range)).as("events of %s", id).isNotEmpty();
					}
				}
			});
		});
	}

	private static String database(String events) {
		return """
				{"updated": "2000-01-01", "vulns": [{"id": "TEST-1", "summary": "a test advisory",
				  "affected": [{"package": {"ecosystem": "Maven", "name": "org.example:example-lib"},
				                "ranges": [{"type": "ECOSYSTEM", "events": [%s]}]}]}]}
				""".formatted(events);
	}

	private static List<String> ids(Advisories database, String version) {
		return database.affecting("org.example", "example-lib", version).stream().map(Finding::id).toList();
	}

	/** The BOM's components (CycloneDX nests none for Maven, but may). */
	private static List<Component> components(JsonNode bom) {
		List<Component> components = new ArrayList<>();
		collect(bom.path("components"), components);
		return components.stream().distinct().toList();
	}

	private static void collect(JsonNode nodes, List<Component> into) {
		for (JsonNode node : nodes.values()) {
			if (node.path("purl").asString("").startsWith("pkg:maven/")) {
				into.add(new Component(node.path("group").asString(""), node.path("name").asString(""),
						node.path("version").asString("")));
			}
			collect(node.path("components"), into);
		}
	}

	private record Component(String group, String name, String version) {

		String coordinates() {
			return this.group + ":" + this.name;
		}

	}

}
