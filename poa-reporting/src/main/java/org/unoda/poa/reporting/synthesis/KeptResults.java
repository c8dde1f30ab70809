package org.unoda.poa.reporting.synthesis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the synthesis computed from the submitted reports, kept until a submitted report, a cycle
 * or a template changes. One small query says whether anything did on every read, so every node
 * sees a change at once and nothing has to be told to forget. The most recently used results are
 * kept, {@value #SIZE} at most.
 */
final class KeptResults {

	static final int SIZE = 256;

	private final JdbcClient jdbc;

	private final Map<String, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
			return size() > SIZE;
		}

	});

	KeptResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The result kept under the key if nothing changed since it was computed, else computed again.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> compute) {
		// read before computing: a change made meanwhile is seen by the next read
		String stamp = stamp();
		Kept found = this.kept.get(key);
		if (found != null && found.stamp().equals(stamp)) {
			return (T) found.result();
		}
		T result = compute.get();
		this.kept.put(key, new Kept(stamp, result));
		return result;
	}

	/**
	 * What the results depend on, in a few numbers: every change to a submitted report (a new
	 * one, a revision superseding it, its visibility) bumps its version or adds one, and so does
	 * a change to a cycle or to a template's translations.
	 */
	private String stamp() {
		return this.jdbc.sql("""
				select (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0)
				        from national_report where status = 'SUBMITTED')
				    || '/' || (select count(*) || ':' || coalesce(sum(version), 0) from reporting_cycle)
				    || '/' || (select count(*) || ':' || coalesce(sum(version), 0) from report_template)
				""").query(String.class).single();
	}

	private record Kept(String stamp, Object result) {

	}

}
