package org.unoda.poa.web.capacity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Capacity-building needs and offers. The page says what is coming until its issue is built.
 */
@Controller
class CapacityController {

	static final String VIEW = "capacity/index";

	@GetMapping("/capacity")
	String capacity() {
		return VIEW;
	}

}
