package org.unoda.poa.web.layout;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long lists (statements of need, capacity-building needs, offers, matches and suggestions) are
 * shown a page at a time, however long they grow.
 */
class ListPagesTests {

	private final List<Integer> statements = IntStream.rangeClosed(1, 120).boxed().toList();

	@Test
	void aPageHoldsItsShareOfTheStatements() {
		Page<Integer> second = ListPages.of(this.statements, 1, 50);
		assertThat(second.getContent()).startsWith(51).endsWith(100).hasSize(50);
		assertThat(second.getTotalElements()).isEqualTo(120);
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(ListPages.of(this.statements, 2, 50).getContent()).containsExactlyElementsOf(
				this.statements.subList(100, 120));
	}

	@Test
	void aPageNumberPastEitherEndGivesTheFirstOrTheLastPage() {
		assertThat(ListPages.of(this.statements, -3, 50).getNumber()).isZero();
		Page<Integer> beyond = ListPages.of(this.statements, 9, 50);
		assertThat(beyond.getNumber()).isEqualTo(2);
		assertThat(beyond.getContent()).first().isEqualTo(101);
		assertThat(ListPages.of(List.of(), 4, 50).getContent()).isEmpty();
	}

}
