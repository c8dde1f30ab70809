package org.unoda.poa.meetings.registration;

import java.util.Collection;

/**
 * Participants of approved delegations by gender, and how many heads of delegation were
 * women.
 */
public record GenderBreakdown(long women, long men, long other, long notStated, long heads, long womenHeads) {

	static GenderBreakdown of(Collection<ParticipantCount> counts) {
		long women = 0;
		long men = 0;
		long other = 0;
		long notStated = 0;
		long heads = 0;
		long womenHeads = 0;
		for (ParticipantCount count : counts) {
			switch (count.gender()) {
				case WOMAN -> women += count.count();
				case MAN -> men += count.count();
				case OTHER -> other += count.count();
				case NOT_STATED -> notStated += count.count();
			}
			if (count.function() == ParticipantFunction.HEAD) {
				heads += count.count();
				if (count.gender() == Gender.WOMAN) {
					womenHeads += count.count();
				}
			}
		}
		return new GenderBreakdown(women, men, other, notStated, heads, womenHeads);
	}

	public long total() {
		return this.women + this.men + this.other + this.notStated;
	}

	/**
	 * Women's share of all participants, in whole per cent.
	 */
	public int womenPercent() {
		return percent(this.women, total());
	}

	/**
	 * Women's share of the heads of delegation, in whole per cent.
	 */
	public int womenHeadsPercent() {
		return percent(this.womenHeads, this.heads);
	}

	private static int percent(long part, long whole) {
		return (whole == 0) ? 0 : (int) Math.round(100.0 * part / whole);
	}

}
