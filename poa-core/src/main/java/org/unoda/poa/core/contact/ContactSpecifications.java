package org.unoda.poa.core.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.unoda.poa.core.state.State;

/**
 * Turns a {@link ContactSearch} into a query; fetches each contact's State in the same query.
 */
final class ContactSpecifications {

	private ContactSpecifications() {
	}

	static Specification<PointOfContact> matching(ContactSearch search, Instant staleBefore) {
		return (root, query, builder) -> {
			Join<PointOfContact, State> state = stateOf(root, query != null && isEntityQuery(query.getResultType()));
			List<Predicate> predicates = new ArrayList<>();
			if (search.status() != null) {
				predicates.add(builder.equal(root.get("status"), search.status()));
			}
			else {
				predicates.add(builder.notEqual(root.get("status"), ContactStatus.INACTIVE));
			}
			if (hasText(search.text())) {
				String pattern = "%" + search.text().strip().toLowerCase(Locale.ROOT) + "%";
				predicates.add(builder.or(builder.like(builder.lower(root.get("fullName")), pattern),
						builder.like(builder.lower(builder.coalesce(root.get("title"), "")), pattern),
						builder.like(builder.lower(builder.coalesce(root.get("agency"), "")), pattern),
						builder.like(builder.lower(builder.function("array_to_string", String.class,
								root.get("emails"), builder.literal(" "))), pattern)));
			}
			if (hasText(search.stateCode())) {
				predicates.add(builder.equal(builder.upper(state.get("alpha3")),
						search.stateCode().strip().toUpperCase(Locale.ROOT)));
			}
			if (search.group() != null) {
				predicates.add(builder.equal(state.get("regionalGroup"), search.group()));
			}
			if (search.level() != null) {
				predicates.add(builder.equal(root.get("level"), search.level()));
			}
			if (hasText(search.language())) {
				predicates.add(builder.isTrue(builder.function("array_contains", Boolean.class,
						root.get("workingLanguages"), builder.literal(search.language().strip().toLowerCase(Locale.ROOT)))));
			}
			if (search.staleOnly()) {
				predicates.add(builder.or(builder.isNull(root.get("lastConfirmedAt")),
						builder.lessThan(root.get("lastConfirmedAt"), staleBefore)));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	@SuppressWarnings("unchecked")
	private static Join<PointOfContact, State> stateOf(Root<PointOfContact> root, boolean fetch) {
		// a count query must not fetch; a page query fetches so that no State is loaded one by one
		return fetch ? (Join<PointOfContact, State>) root.<PointOfContact, State>fetch("state", JoinType.INNER)
				: root.join("state", JoinType.INNER);
	}

	private static boolean isEntityQuery(Class<?> resultType) {
		return !Long.class.equals(resultType) && !long.class.equals(resultType);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
