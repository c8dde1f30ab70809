package org.unoda.poa.reporting.filing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Two texts split into words and marked where they differ, for showing side by side. The
 * words are plain text: pages print them escaped and mark the changes with elements of their
 * own.
 *
 * @param left the older text's pieces; changed ones are the removed words
 * @param right the newer text's pieces; changed ones are the added words
 */
public record TextDifference(List<Piece> left, List<Piece> right) {

	static TextDifference between(String older, String newer) {
		List<String> a = words(older);
		List<String> b = words(newer);
		Patch<String> patch = DiffUtils.diff(a, b);
		List<Piece> left = new ArrayList<>();
		List<Piece> right = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int sourceAt = delta.getSource().getPosition();
			int targetAt = delta.getTarget().getPosition();
			add(left, a.subList(i, sourceAt), false);
			add(right, b.subList(j, targetAt), false);
			add(left, delta.getSource().getLines(), true);
			add(right, delta.getTarget().getLines(), true);
			i = sourceAt + delta.getSource().size();
			j = targetAt + delta.getTarget().size();
		}
		add(left, a.subList(i, a.size()), false);
		add(right, b.subList(j, b.size()), false);
		return new TextDifference(left, right);
	}

	private static void add(List<Piece> pieces, List<String> words, boolean changed) {
		if (!words.isEmpty()) {
			pieces.add(new Piece(String.join("", words), changed));
		}
	}

	/**
	 * Splits text into words, keeping the spaces after each, so joining gives the text back.
	 */
	private static List<String> words(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(text.split("(?<=\\s)(?=\\S)"));
	}

	/**
	 * A run of words, changed or not.
	 *
	 * @param text the words
	 * @param changed whether they differ between the two versions
	 */
	public record Piece(String text, boolean changed) {

	}

}
