package org.unoda.poa.reporting.synthesis;

import java.util.List;

import org.unoda.poa.reporting.cycle.ReportingCycle;

/**
 * The counted answers of one cycle.
 *
 * @param cycle the cycle
 * @param reports how many submitted reports were counted
 * @param questions the figures of each countable question, in template order
 */
public record SynthesisFigures(ReportingCycle cycle, int reports, List<QuestionFigures> questions) {

}
