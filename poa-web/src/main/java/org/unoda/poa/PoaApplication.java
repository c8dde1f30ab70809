package org.unoda.poa;

import java.time.ZoneOffset;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The PoA Secretariat Platform. Sits in the root package so that the core, reporting,
 * meetings and web modules below it are scanned and verified as one application.
 */
@SpringBootApplication
public class PoaApplication {

	public static void main(String[] args) {
		// one time for everyone: delegations and duty stations span every time zone
		TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
		SpringApplication.run(PoaApplication.class, args);
	}

}
