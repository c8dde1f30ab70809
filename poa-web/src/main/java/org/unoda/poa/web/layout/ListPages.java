package org.unoda.poa.web.layout;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * One page of a list a page has already read whole (for counts or a ranking made in Java), so
 * that what the page renders stays bounded however long the list grows.
 */
public final class ListPages {

	private ListPages() {
	}

	/**
	 * One page of a list: a page number past either end gives the first or the last page.
	 * @param items the whole list
	 * @param page the page asked for, from 0
	 * @param size how many items a page holds
	 */
	public static <T> Page<T> of(List<T> items, int page, int size) {
		int last = Math.max(0, (items.size() - 1) / size);
		int number = Math.min(Math.max(page, 0), last);
		int from = number * size;
		return new PageImpl<>(items.subList(from, Math.min(from + size, items.size())), PageRequest.of(number, size),
				items.size());
	}

}
