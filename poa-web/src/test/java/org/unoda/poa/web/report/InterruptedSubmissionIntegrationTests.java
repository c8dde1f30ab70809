package org.unoda.poa.web.report;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * A submission cut off half-way leaves the report as it was, never half-submitted. When the
 * application's process dies, PostgreSQL sees its connection drop and rolls back whatever that
 * connection had begun; the test does exactly that to the submission's connection, from the
 * server's side, at the moment the submission has written part of its work: the report's
 * row is changed, its audit entry written, and the submission's event is being recorded.
 */
@PoaIntegrationTest
class InterruptedSubmissionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aSubmissionWhoseConnectionDiesHalfWayLeavesTheReportInReviewAndCanBeMadeAgain() throws Exception {
		NationalReport report = this.data.draft("CHL", ReportVisibility.PUBLIC);
		this.jdbc.sql("update national_report set status = 'IN_REVIEW' where id = :id").param("id", report.getId()).update();
		UserAccount approver = this.data.approver("CHL");

		CompletableFuture<?> submission;
		try (Connection other = this.dataSource.getConnection(); Statement statement = other.createStatement()) {
			// recording events waits: the submission stops after changing the report, at its last step
			other.setAutoCommit(false);
			statement.execute("lock table report_event in exclusive mode");
			submission = CompletableFuture.runAsync(() -> {
				try {
					this.mvc.perform(post("/reports/{id}/submit", report.getId()).with(TestSignIn.as(approver)).with(csrf()));
				}
				catch (Exception ex) {
					// the request fails with its connection; what matters is what the database kept
				}
			});
			Integer backend = await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.sql("""
						select pid from pg_stat_activity
						where datname = current_database() and wait_event_type = 'Lock' and query ilike 'insert into report_event%'
						""").query(Integer.class).optional().orElse(null), (pid) -> pid != null);
			// by now the submission has changed the report's row (and written its audit entry)
			assertThat(this.jdbc.sql("""
					select count(*) from pg_locks
					where pid = :pid and relation = 'national_report'::regclass and mode = 'RowExclusiveLock' and granted
					""").param("pid", backend).query(Integer.class).single()).isEqualTo(1);
			assertThat(this.jdbc.sql("select pg_terminate_backend(:pid)").param("pid", backend).query(Boolean.class).single())
				.isTrue();
			other.rollback();
		}
		submission.get();

		assertThat(statusOf(report)).isEqualTo("IN_REVIEW");
		assertThat(submissionsOf(report)).isZero();

		// the approver submits again, and this time it goes through, once
		this.mvc.perform(post("/reports/{id}/submit", report.getId()).with(TestSignIn.as(approver)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "reportWorkflow.submitted"));
		assertThat(statusOf(report)).isEqualTo("SUBMITTED");
		assertThat(submissionsOf(report)).isEqualTo(1);
	}

	private String statusOf(NationalReport report) {
		return this.jdbc.sql("select status from national_report where id = :id")
			.param("id", report.getId())
			.query(String.class)
			.single();
	}

	private int submissionsOf(NationalReport report) {
		return this.jdbc.sql("select count(*) from report_event where report_id = :id and kind = 'SUBMITTED'")
			.param("id", report.getId())
			.query(Integer.class)
			.single();
	}

}
