package org.unoda.poa.web.capacity;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.AssistanceForm;
import org.unoda.poa.reporting.capacity.CapacityFigures;
import org.unoda.poa.reporting.capacity.CapacityNeed;
import org.unoda.poa.reporting.capacity.CapacityNeeds;
import org.unoda.poa.reporting.capacity.CapacityStatistics;
import org.unoda.poa.reporting.capacity.CapacityTopic;
import org.unoda.poa.reporting.capacity.NeedStatus;
import org.unoda.poa.reporting.capacity.Urgency;

/**
 * Capacity-building as open data: the figures, and the needs the caller may read (the public:
 * those States published).
 */
@RestController
@Tag(name = "Capacity-building", description = "Capacity-building needs of States and the figures of needs and offers")
class CapacityApiController {

	private final CapacityStatistics statistics;

	private final CapacityNeeds needs;

	CapacityApiController(CapacityStatistics statistics, CapacityNeeds needs) {
		this.statistics = statistics;
		this.needs = needs;
	}

	@GetMapping("/api/v1/capacity")
	@Operation(summary = "Needs, offers and matches counted by pillar, region and gender focus, and the needs the caller may read")
	Capacity capacity(Viewer viewer) {
		List<NeedResource> visible = this.needs.visibleTo(viewer).stream().map(NeedResource::of).toList();
		return new Capacity(this.statistics.figures(), visible);
	}

	record Capacity(CapacityFigures figures, List<NeedResource> needs) {
	}

	/**
	 * @param state the alpha-3 code of the State in need
	 * @param norm the norm's letter, if the need concerns one
	 * @param language the UN language the help is wanted in
	 */
	record NeedResource(Long id, String state, String title, String description, Pillar pillar, String norm,
			CapacityTopic topic, AssistanceForm form, Urgency urgency, RegionalGroup region, String language,
			boolean womensParticipation, boolean genderDigitalDivide, boolean published, NeedStatus status,
			Instant declaredAt) {

		static NeedResource of(CapacityNeed need) {
			return new NeedResource(need.getId(), need.getState().getAlpha3(), need.getTitle(), need.getDescription(),
					need.getAssistance().getPillar(),
					(need.getAssistance().getNorm() != null) ? need.getAssistance().getNorm().letter() : null,
					need.getAssistance().getTopic(), need.getAssistance().getForm(), need.getUrgency(),
					need.getRegion().orElse(null), need.getLanguage(), need.getAssistance().isWomensParticipation(),
					need.getAssistance().isGenderDigitalDivide(), need.isPublished(), need.getStatus(),
					need.getCreatedAt());
		}

	}

}
