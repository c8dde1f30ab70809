package org.unoda.poa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The PoA Secretariat Platform. Sits in the root package so that the core, reporting,
 * meetings and web modules below it are scanned and verified as one application.
 */
@SpringBootApplication
public class PoaApplication {

	public static void main(String[] args) {
		SpringApplication.run(PoaApplication.class, args);
	}

}
