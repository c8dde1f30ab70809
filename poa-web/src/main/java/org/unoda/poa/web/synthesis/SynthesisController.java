package org.unoda.poa.web.synthesis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.synthesis.NeedStatement;
import org.unoda.poa.reporting.synthesis.Synthesis;
import org.unoda.poa.web.layout.ListPages;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * The synthesis of national reports: for a cycle, how States answered each question, filtered
 * by pillar and regional group; how many States report implementing each norm, cycle by cycle;
 * and the capacity-building needs they declared. The public sees figures from public reports
 * only; States' users add reports shared with States; the secretariat counts every report.
 */
@Controller
class SynthesisController {

	static final String VIEW_INDEX = "synthesis/index";

	/** How many statements of need a page lists. */
	static final int NEEDS_PER_PAGE = 50;

	static final String VIEW_NEEDS = "synthesis/needs";

	private final Synthesis synthesis;

	private final ReportingCycles cycles;

	SynthesisController(Synthesis synthesis, ReportingCycles cycles) {
		this.synthesis = synthesis;
		this.cycles = cycles;
	}

	@GetMapping("/synthesis")
	String index(@RequestParam(name = "cycle", required = false) Long cycleId,
			@RequestParam(required = false) Pillar pillar, @RequestParam(required = false) RegionalGroup group,
			Viewer viewer, Model model) {
		model.addAttribute("norms", Norm.values());
		model.addAttribute("trend", this.synthesis.normTrend(viewer));
		ReportingCycle cycle = filters(model, cycleId, pillar, group);
		if (cycle != null) {
			model.addAttribute("figures", this.synthesis.figures(viewer, cycle.getId(), pillar, group,
					UnLanguage.ofReader()));
		}
		return VIEW_INDEX;
	}

	@GetMapping("/synthesis/needs")
	String needs(@RequestParam(name = "cycle", required = false) Long cycleId,
			@RequestParam(required = false) Pillar pillar, @RequestParam(required = false) RegionalGroup group,
			@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		ReportingCycle cycle = filters(model, cycleId, pillar, group);
		if (cycle != null) {
			List<NeedStatement> needs = this.synthesis.needs(viewer, cycle.getId(), pillar, group,
					UnLanguage.ofReader());
			// the counts cover every statement, the list shows a page of them
			model.addAttribute("needCounts", NeedCount.of(needs));
			model.addAttribute("needs", ListPages.of(needs, page, NEEDS_PER_PAGE));
		}
		return VIEW_NEEDS;
	}

	/**
	 * How many needs were declared under one pillar, in total and per regional group.
	 *
	 * @param pillar the pillar
	 * @param total how many statements of need
	 * @param byGroup how many per regional group ({@code null} key: States in no group)
	 */
	record NeedCount(Pillar pillar, long total, Map<RegionalGroup, Long> byGroup) {

		static List<NeedCount> of(List<NeedStatement> needs) {
			Map<Pillar, List<NeedStatement>> byPillar = needs.stream()
				.collect(Collectors.groupingBy(NeedStatement::pillar, () -> new EnumMap<>(Pillar.class),
						Collectors.toList()));
			return byPillar.entrySet()
				.stream()
				.map((e) -> new NeedCount(e.getKey(), e.getValue().size(),
						e.getValue()
							.stream()
							.filter((n) -> n.group() != null)
							.collect(Collectors.groupingBy(NeedStatement::group, Collectors.counting()))))
				.toList();
		}

		public long in(RegionalGroup group) {
			return this.byGroup.getOrDefault(group, 0L);
		}

	}

	/**
	 * Puts what the filter form shows in the model and returns the cycle to show: the one
	 * asked for, or else the most recent one; {@code null} when there is none.
	 */
	private ReportingCycle filters(Model model, Long cycleId, Pillar pillar, RegionalGroup group) {
		List<ReportingCycle> all = this.cycles.acceptingReports();
		model.addAttribute("cycles", all);
		model.addAttribute("pillars", Pillar.values());
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("pillar", pillar);
		model.addAttribute("group", group);
		ReportingCycle cycle = (cycleId != null)
				? all.stream().filter((c) -> c.getId().equals(cycleId)).findFirst().orElse(null)
				: all.stream().findFirst().orElse(null);
		model.addAttribute("cycle", cycle);
		return cycle;
	}

}
