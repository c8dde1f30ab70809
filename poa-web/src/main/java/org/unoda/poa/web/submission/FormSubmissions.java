package org.unoda.poa.web.submission;

import java.time.Duration;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The submission tokens seen, in PostgreSQL so that every node knows them: claimed when a form
 * arrives, completed with where its answer led, or released when the form is to be sent again
 * (it was refused, or failed). Each statement commits on its own.
 */
@Component
class FormSubmissions {

	private final JdbcClient jdbc;

	FormSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether this request is the first with the token
	 */
	boolean claim(UUID token) {
		return this.jdbc.sql("insert into form_submission (token) values (:token) on conflict do nothing")
			.param("token", token)
			.update() == 1;
	}

	void complete(UUID token, String location) {
		this.jdbc.sql("update form_submission set location = :location where token = :token")
			.param("token", token)
			.param("location", location)
			.update();
	}

	void release(UUID token) {
		this.jdbc.sql("delete from form_submission where token = :token").param("token", token).update();
	}

	/**
	 * How the first request with the token is doing.
	 */
	Outcome outcome(UUID token) {
		return this.jdbc.sql("select location from form_submission where token = :token")
			.param("token", token)
			.query((row, number) -> (row.getString("location") != null) ? Outcome.done(row.getString("location"))
					: Outcome.RUNNING)
			.optional()
			.orElse(Outcome.RELEASED);
	}

	/**
	 * Forgets tokens after a day: a form older than that is not a double click.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "form-submission-cleanup", lockAtMostFor = "PT10M")
	void forgetOld() {
		this.jdbc.sql("delete from form_submission where started_at < now() - make_interval(secs => :seconds)")
			.param("seconds", Duration.ofDays(1).toSeconds())
			.update();
	}

	/**
	 * @param state whether the first request runs, went through, or was released
	 * @param location where its answer led, once it went through
	 */
	record Outcome(State state, String location) {

		static final Outcome RUNNING = new Outcome(State.RUNNING, null);

		static final Outcome RELEASED = new Outcome(State.RELEASED, null);

		static Outcome done(String location) {
			return new Outcome(State.DONE, location);
		}

		enum State {

			RUNNING, DONE, RELEASED

		}

	}

}
