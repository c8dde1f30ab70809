package org.unoda.poa.web.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change is recorded by the database with who made it, what it was and what it became;
 * the secretariat and administrators read and filter it; nobody can change it.
 */
@PoaIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeIsRecordedWithWhoMadeItAndEachFieldBeforeAndAfter() throws Exception {
		UserAccount admin = this.data.admin();
		UserAccount delegate = this.data.delegate("SLV");
		this.mvc.perform(post("/admin/users/{id}", delegate.getId()).with(TestSignIn.as(admin))
			.with(csrf())
			.param("username", delegate.getUsername())
			.param("displayName", "Carla Renamed")
			.param("email", delegate.getEmail())
			.param("role", "DELEGATE")
			.param("stateId", this.data.state("SLV").getId().toString())
			.param("version", Long.toString(delegate.getVersion())))
			.andExpect(redirectedUrl("/admin/users/" + delegate.getId()));

		Map<String, Object> entry = this.jdbc
			.sql("select changed_by, action, before ->> 'display_name' as before, after ->> 'display_name' as after, "
					+ "(after -> 'version') is not null as bookkeeping from audit_log "
					+ "where table_name = 'user_account' and row_id = ? and action = 'UPDATE'")
			.param(delegate.getId())
			.query()
			.singleRow();
		assertThat(entry).containsEntry("changed_by", admin.getUsername())
			.containsEntry("before", delegate.getDisplayName())
			.containsEntry("after", "Carla Renamed")
			.containsEntry("bookkeeping", false);

		this.mvc.perform(get("/audit").param("kind", "ACCOUNT")
			.param("id", delegate.getId().toString())
			.with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Carla Renamed")))
			.andExpect(content().string(containsString(admin.getUsername())))
			.andExpect(content().string(containsString("Created")))
			// the platform created it: the number is still read right after a missing name
			.andExpect(content().string(containsString("Account " + delegate.getId())))
			.andExpect(content().string(not(containsString("Account null"))));
		this.mvc.perform(get("/audit").param("person", admin.getUsername()).with(TestSignIn.as(admin)))
			.andExpect(content().string(containsString("Carla Renamed")));
		this.mvc.perform(get("/audit").param("person", "somebody.else").with(TestSignIn.as(admin)))
			.andExpect(content().string(not(containsString("Carla Renamed"))))
			.andExpect(content().string(containsString("No recorded change matches.")));
	}

	@Test
	void passwordsAndAuthenticatorKeysNeverAppearOnlyThatTheyChanged() throws Exception {
		UserAccount delegate = this.data.delegate("MEX");
		String oldHash = delegate.getPasswordHash();
		this.jdbc.sql("update user_account set password_hash = '{noop}whatever' where id = ?")
			.param(delegate.getId())
			.update();

		String trail = this.jdbc.sql("select before::text || after::text from audit_log where table_name = 'user_account' "
				+ "and row_id = ? order by id")
			.param(delegate.getId())
			.query(String.class)
			.list()
			.toString();
		assertThat(trail).contains("*** (new)").doesNotContain(oldHash).doesNotContain("whatever");
	}

	@Test
	void signingInIsBookkeepingNotAChange() {
		UserAccount delegate = this.data.delegate("KEN");
		int before = entriesFor(delegate);
		this.jdbc.sql("update user_account set last_sign_in_at = now() where id = ?").param(delegate.getId()).update();
		assertThat(entriesFor(delegate)).isEqualTo(before);
	}

	@Test
	void nobodyCanChangeOrDeleteTheTrail() {
		UserAccount delegate = this.data.delegate("JPN");
		assertThat(entriesFor(delegate)).isPositive();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_log set changed_by = 'nobody' where row_id = ?")
				.param(delegate.getId())
				.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_log where row_id = ?").param(delegate.getId()).update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate audit_log").update());
		assertThat(entriesFor(delegate)).isPositive();
	}

	@Test
	void onlyTheSecretariatAndAdministratorsReadIt() throws Exception {
		this.mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/audit").with(TestSignIn.as(this.data.delegate("EST")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(TestSignIn.as(this.data.approver("EST")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(TestSignIn.as(this.data.stakeholder()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(TestSignIn.as(this.data.secretariat()))).andExpect(status().isOk());
		this.mvc.perform(get("/audit").with(TestSignIn.as(this.data.admin()))).andExpect(status().isOk());
		this.mvc.perform(post("/audit").with(TestSignIn.as(this.data.admin())).with(csrf()))
			.andExpect(status().is4xxClientError());
	}

	private int entriesFor(UserAccount account) {
		return this.jdbc.sql("select count(*) from audit_log where table_name = 'user_account' and row_id = ?")
			.param(account.getId())
			.query(Integer.class)
			.single();
	}

}
