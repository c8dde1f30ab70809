package org.unoda.poa.reporting.capacity;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Match suggestions on needs and offers built by hand: each rule (pillar, topic, form, region,
 * language, the State's own offers, open offers, pairs already matched) keeps out exactly the
 * offers that break it, and the most urgent needs come first.
 */
class MatchSuggestionsTests {

	private static final State GUATEMALA = state(1L, RegionalGroup.LATIN_AMERICAN_CARIBBEAN);

	private static final State MEXICO = state(2L, RegionalGroup.LATIN_AMERICAN_CARIBBEAN);

	private static final State ESTONIA = state(3L, RegionalGroup.EASTERN_EUROPEAN);

	private static final State GHANA = state(4L, RegionalGroup.AFRICAN);

	private long ids = 100;

	@Test
	void anOfferFitsWithTheSamePillarTopicAndFormForTheRegionInTheLanguage() {
		CapacityNeed need = need(GUATEMALA, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.TRAINING, "es", Urgency.HIGH);
		CapacityOffer fits = offer(ESTONIA, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.TRAINING, null, "en", "es");
		CapacityOffer forTheRegion = offer(MEXICO, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.TRAINING,
				RegionalGroup.LATIN_AMERICAN_CARIBBEAN, "es");
		CapacityOffer otherTopic = offer(ESTONIA, CapacityTopic.LEGISLATION, AssistanceForm.TRAINING, null, "es");
		CapacityOffer otherForm = offer(ESTONIA, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.EQUIPMENT, null, "es");
		CapacityOffer otherRegion = offer(ESTONIA, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.TRAINING,
				RegionalGroup.AFRICAN, "es");
		CapacityOffer otherLanguage = offer(ESTONIA, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.TRAINING, null,
				"en", "fr");
		CapacityOffer ownState = offer(GUATEMALA, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.TRAINING, null, "es");
		CapacityOffer withdrawn = offer(ESTONIA, CapacityTopic.INCIDENT_RESPONSE, AssistanceForm.TRAINING, null, "es");
		withdrawn.withdraw();

		List<MatchSuggestion> suggestions = MatchSuggestions.suggest(List.of(need), List.of(fits, forTheRegion,
				otherTopic, otherForm, otherRegion, otherLanguage, ownState, withdrawn), Set.of());

		// the offer made for the need's own region comes before the one for every region
		assertThat(suggestions).extracting(MatchSuggestion::offer).containsExactly(forTheRegion, fits);
		assertThat(suggestions).extracting(MatchSuggestion::regionExact).containsExactly(true, false);
	}

	@Test
	void anOfferInAnotherPillarDoesNotFitEvenOnTheSameTopic() {
		CapacityNeed need = need(GHANA, Pillar.NORMS, Norm.G, CapacityTopic.CRITICAL_INFRASTRUCTURE,
				AssistanceForm.TECHNICAL, "en", Urgency.LOW);
		CapacityOffer samePillar = offer(ESTONIA, Pillar.NORMS, CapacityTopic.CRITICAL_INFRASTRUCTURE,
				AssistanceForm.TECHNICAL, null, "en");
		CapacityOffer otherPillar = offer(ESTONIA, Pillar.CAPACITY_BUILDING, CapacityTopic.CRITICAL_INFRASTRUCTURE,
				AssistanceForm.TECHNICAL, null, "en");

		assertThat(MatchSuggestions.suggest(List.of(need), List.of(samePillar, otherPillar), Set.of()))
			.extracting(MatchSuggestion::offer)
			.containsExactly(samePillar);
	}

	@Test
	void pairsAlreadyMatchedAndNeedsNoLongerOpenAreNotSuggested() {
		CapacityNeed matchedBefore = need(GUATEMALA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, "es", Urgency.LOW);
		CapacityNeed withdrawnNeed = need(GHANA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, "es", Urgency.HIGH);
		withdrawnNeed.withdraw();
		CapacityOffer first = offer(ESTONIA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, null, "es");
		CapacityOffer second = offer(MEXICO, CapacityTopic.SKILLS, AssistanceForm.TRAINING, null, "es");

		List<MatchSuggestion> suggestions = MatchSuggestions.suggest(List.of(matchedBefore, withdrawnNeed),
				List.of(first, second), Set.of(matchedBefore.getId() + ":" + first.getId()));

		assertThat(suggestions).singleElement().satisfies((suggestion) -> {
			assertThat(suggestion.need()).isSameAs(matchedBefore);
			assertThat(suggestion.offer()).isSameAs(second);
		});
	}

	@Test
	void theMostUrgentNeedsComeFirst() {
		CapacityNeed low = need(GUATEMALA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, "en", Urgency.LOW);
		CapacityNeed high = need(GHANA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, "en", Urgency.HIGH);
		CapacityNeed medium = need(GUATEMALA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, "en", Urgency.MEDIUM);
		CapacityOffer offer = offer(ESTONIA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, null, "en");

		assertThat(MatchSuggestions.suggest(List.of(low, high, medium), List.of(offer), Set.of()))
			.extracting(MatchSuggestion::need)
			.containsExactly(high, medium, low);
	}

	@Test
	void aNeedOfAStateInNoGroupFitsOnlyOffersForEveryRegion() {
		CapacityNeed need = need(state(9L, null), CapacityTopic.SKILLS, AssistanceForm.TRAINING, "en", Urgency.LOW);
		CapacityOffer everyRegion = offer(ESTONIA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, null, "en");
		CapacityOffer oneRegion = offer(ESTONIA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, RegionalGroup.AFRICAN,
				"en");

		assertThat(MatchSuggestions.suggest(List.of(need), List.of(everyRegion, oneRegion), Set.of()))
			.extracting(MatchSuggestion::offer)
			.containsExactly(everyRegion);
	}

	@Test
	void aMatchIsFollowedToAnOutcomeThatMovesTheNeed() {
		CapacityNeed need = need(GUATEMALA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, "es", Urgency.LOW);
		CapacityOffer offer = offer(MEXICO, CapacityTopic.SKILLS, AssistanceForm.TRAINING, null, "es");
		CapacityMatch match = new CapacityMatch(need, offer, null);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.MATCHED);

		match.record(MatchStatus.AGREED, "Agreed in principle.", Instant.EPOCH, false);
		assertThatThrownBy(() -> match.record(MatchStatus.CONFIRMED, null, Instant.EPOCH, false))
			.isInstanceOf(FieldRejectedException.class)
			.hasMessageContaining("capacity.outcomeNotNext");
		match.record(MatchStatus.DELIVERED, "Delivered.", Instant.EPOCH, false);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.MET);
		assertThatThrownBy(() -> match.record(MatchStatus.CLOSED_WITHOUT_RESULT, null, Instant.EPOCH, false))
			.hasMessageContaining("capacity.outcomeNotNext");
	}

	@Test
	void aMatchClosedWithoutResultReopensTheNeedUnlessAnotherRuns() {
		CapacityNeed need = need(GUATEMALA, CapacityTopic.SKILLS, AssistanceForm.TRAINING, "es", Urgency.LOW);
		CapacityOffer offer = offer(MEXICO, CapacityTopic.SKILLS, AssistanceForm.TRAINING, null, "es");
		new CapacityMatch(need, offer, null).record(MatchStatus.CLOSED_WITHOUT_RESULT, null, Instant.EPOCH, true);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.MATCHED);
		new CapacityMatch(need, offer, null).record(MatchStatus.CLOSED_WITHOUT_RESULT, null, Instant.EPOCH, false);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.OPEN);
	}

	@Test
	void aNormBelongsOnlyToTheNormsPillar() {
		assertThatThrownBy(() -> Assistance.of(Pillar.INTERNATIONAL_LAW, Norm.A, CapacityTopic.INTERNATIONAL_LAW,
				AssistanceForm.TRAINING, false, false))
			.isInstanceOf(FieldRejectedException.class)
			.hasMessageContaining("capacity.normOnlyForNorms");
		assertThatThrownBy(
				() -> Assistance.of(Pillar.NORMS, null, CapacityTopic.NORMS, null, false, false))
			.hasMessageContaining("capacity.formRequired");
	}

	private CapacityNeed need(State state, CapacityTopic topic, AssistanceForm form, String language, Urgency urgency) {
		return need(state, topic.pillar(), null, topic, form, language, urgency);
	}

	private CapacityNeed need(State state, Pillar pillar, Norm norm, CapacityTopic topic, AssistanceForm form,
			String language, Urgency urgency) {
		NeedDetails details = new NeedDetails("Need", "A need.", pillar, norm, topic, form, urgency,
				state.getRegionalGroup().orElse(null), language, false, false, true);
		return identified(new CapacityNeed(state, details, details.assistance()));
	}

	private CapacityOffer offer(State state, CapacityTopic topic, AssistanceForm form, RegionalGroup region,
			String... languages) {
		return offer(state, topic.pillar(), topic, form, region, languages);
	}

	private CapacityOffer offer(State state, Pillar pillar, CapacityTopic topic, AssistanceForm form,
			RegionalGroup region, String... languages) {
		OfferDetails details = new OfferDetails("Offer", "An offer.", pillar, null, topic, form, region,
				List.of(languages), false, false);
		CapacityOffer offer = CapacityOffer.byState(state);
		offer.describe(details, details.assistance());
		return identified(offer);
	}

	private <T> T identified(T entity) {
		ReflectionTestUtils.setField(entity, "id", this.ids++);
		return entity;
	}

	private static State state(Long id, RegionalGroup group) {
		try {
			Constructor<State> constructor = State.class.getDeclaredConstructor();
			constructor.setAccessible(true);
			State state = constructor.newInstance();
			ReflectionTestUtils.setField(state, "id", id);
			ReflectionTestUtils.setField(state, "regionalGroup", group);
			return state;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
