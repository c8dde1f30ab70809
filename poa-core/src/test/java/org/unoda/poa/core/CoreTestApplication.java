package org.unoda.poa.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the core module alone for its tests.
 */
@SpringBootApplication
class CoreTestApplication {

}
