package org.unoda.poa.core.state;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;
import org.unoda.poa.core.CoreTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The States reference list as the Flyway migration loads it into a real PostgreSQL.
 */
@DataJpaTest
@ContextConfiguration(classes = CoreTestApplication.class)
class StateRepositoryTests {

	@Autowired
	StateRepository states;

	@Test
	void listsAllMemberStatesAndBothObserverStates() {
		List<State> all = this.states.findAllOrderByName();
		assertThat(all).hasSize(195);
		assertThat(all).filteredOn(state -> state.getUnStatus() == UnStatus.MEMBER).hasSize(193);
		assertThat(all).filteredOn(State::isObserverState)
			.extracting(State::getAlpha3)
			.containsExactlyInAnyOrder("VAT", "PSE");
	}

	@Test
	void countsStatesPerRegionalGroup() {
		Map<Optional<RegionalGroup>, Long> perGroup = this.states.findAllOrderByName()
			.stream()
			.collect(Collectors.groupingBy(State::getRegionalGroup, Collectors.counting()));
		assertThat(perGroup).containsOnly(Map.entry(Optional.of(RegionalGroup.AFRICAN), 54L),
				Map.entry(Optional.of(RegionalGroup.ASIA_PACIFIC), 55L),
				Map.entry(Optional.of(RegionalGroup.EASTERN_EUROPEAN), 23L),
				Map.entry(Optional.of(RegionalGroup.LATIN_AMERICAN_CARIBBEAN), 33L),
				Map.entry(Optional.of(RegionalGroup.WESTERN_EUROPEAN_OTHERS), 29L), Map.entry(Optional.empty(), 1L));
	}

	@Test
	void fullMembersOfEachGroupMatchTheUnCounts() {
		Map<RegionalGroup, Long> members = this.states.findAllOrderByName()
			.stream()
			.filter(state -> state.getUnStatus() == UnStatus.MEMBER)
			.filter(state -> state.getGroupParticipation() == GroupParticipation.MEMBER)
			.collect(Collectors.groupingBy(state -> state.getRegionalGroup().orElseThrow(), Collectors.counting()));
		assertThat(members).containsOnly(Map.entry(RegionalGroup.AFRICAN, 54L),
				Map.entry(RegionalGroup.ASIA_PACIFIC, 54L), Map.entry(RegionalGroup.EASTERN_EUROPEAN, 23L),
				Map.entry(RegionalGroup.LATIN_AMERICAN_CARIBBEAN, 33L),
				Map.entry(RegionalGroup.WESTERN_EUROPEAN_OTHERS, 28L));
	}

	@Test
	void handlesTheSpecialCasesOfGroupMembership() {
		Map<String, State> byCode = this.states.findAllOrderByName()
			.stream()
			.collect(Collectors.toMap(State::getAlpha3, Function.identity()));

		State unitedStates = byCode.get("USA");
		assertThat(unitedStates.getRegionalGroup()).contains(RegionalGroup.WESTERN_EUROPEAN_OTHERS);
		assertThat(unitedStates.getGroupParticipation()).isEqualTo(GroupParticipation.OBSERVER);

		State turkiye = byCode.get("TUR");
		assertThat(turkiye.getRegionalGroup()).contains(RegionalGroup.WESTERN_EUROPEAN_OTHERS);
		assertThat(turkiye.getAlsoParticipatesIn()).contains(RegionalGroup.ASIA_PACIFIC);
		assertThat(turkiye.getNameEn()).isEqualTo("Türkiye");

		assertThat(byCode.get("ISR").getRegionalGroup()).contains(RegionalGroup.WESTERN_EUROPEAN_OTHERS);
		assertThat(byCode.get("KIR").getRegionalGroup()).contains(RegionalGroup.ASIA_PACIFIC);
		assertThat(byCode.get("PSE").getRegionalGroup()).contains(RegionalGroup.ASIA_PACIFIC);
		assertThat(byCode.get("VAT").getRegionalGroup()).isEmpty();
		assertThat(byCode.get("VAT").getGroupParticipation()).isEqualTo(GroupParticipation.NONE);
		assertThat(byCode.values()).filteredOn(state -> state.getAlsoParticipatesIn().isPresent())
			.extracting(State::getAlpha3)
			.containsExactly("TUR");
	}

	@Test
	void carriesExactIsoCodes() {
		assertCodes("SLV", "SV", "222", RegionalGroup.LATIN_AMERICAN_CARIBBEAN, "El Salvador");
		assertCodes("MEX", "MX", "484", RegionalGroup.LATIN_AMERICAN_CARIBBEAN, "Mexico");
		assertCodes("AFG", "AF", "004", RegionalGroup.ASIA_PACIFIC, "Afghanistan");
		assertCodes("CIV", "CI", "384", RegionalGroup.AFRICAN, "Côte d'Ivoire");
		assertCodes("GBR", "GB", "826", RegionalGroup.WESTERN_EUROPEAN_OTHERS,
				"United Kingdom of Great Britain and Northern Ireland");
		assertCodes("MKD", "MK", "807", RegionalGroup.EASTERN_EUROPEAN, "North Macedonia");
		assertCodes("SSD", "SS", "728", RegionalGroup.AFRICAN, "South Sudan");
		assertCodes("PRK", "KP", "408", RegionalGroup.ASIA_PACIFIC, "Democratic People's Republic of Korea");
		assertCodes("BOL", "BO", "068", RegionalGroup.LATIN_AMERICAN_CARIBBEAN, "Bolivia (Plurinational State of)");
		assertCodes("CZE", "CZ", "203", RegionalGroup.EASTERN_EUROPEAN, "Czechia");
		assertCodes("VAT", "VA", "336", null, "Holy See");
		assertCodes("PSE", "PS", "275", RegionalGroup.ASIA_PACIFIC, "State of Palestine");
	}

	@Test
	void namesStatesInEveryUnLanguage() {
		State elSalvador = this.states.findByAlpha3("slv").orElseThrow();
		assertThat(elSalvador.getName(Locale.FRENCH)).isEqualTo("El Salvador");
		assertThat(elSalvador.getName(Locale.forLanguageTag("es"))).isEqualTo("El Salvador");
		assertThat(elSalvador.getName(Locale.forLanguageTag("ru"))).isEqualTo("Сальвадор");
		assertThat(elSalvador.getName(Locale.forLanguageTag("ar"))).isEqualTo("السلفادور");
		assertThat(elSalvador.getName(Locale.CHINESE)).isEqualTo("萨尔瓦多");
		State mexico = this.states.findByAlpha3("MEX").orElseThrow();
		assertThat(mexico.getName(Locale.FRENCH)).isEqualTo("Mexique");
		assertThat(mexico.getName(Locale.forLanguageTag("es"))).isEqualTo("México");
		assertThat(this.states.findAllOrderByName()).allSatisfy(state -> {
			for (String language : List.of("en", "fr", "es", "ar", "zh", "ru")) {
				assertThat(state.getName(Locale.forLanguageTag(language))).isNotBlank();
			}
		});
	}

	private void assertCodes(String alpha3, String alpha2, String numeric, RegionalGroup group, String nameEn) {
		State state = this.states.findByAlpha3(alpha3).orElseThrow();
		assertThat(state.getAlpha2()).isEqualTo(alpha2);
		assertThat(state.getNumeric()).isEqualTo(numeric);
		assertThat(state.getRegionalGroup()).isEqualTo(Optional.ofNullable(group));
		assertThat(state.getNameEn()).isEqualTo(nameEn);
	}

}
