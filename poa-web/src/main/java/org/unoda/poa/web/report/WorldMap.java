package org.unoda.poa.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The shapes of the world's countries (Natural Earth 1:110m, public domain), projected for a
 * 960 by 500 drawing; see {@code maps/README.md}. Read once.
 */
@Component
class WorldMap {

	private final List<Shape> shapes;

	WorldMap(JsonMapper json) {
		try (InputStream in = new ClassPathResource("maps/world-110m.json").getInputStream()) {
			this.shapes = List.copyOf(json.readValue(in, new TypeReference<List<Shape>>() {
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Shape> shapes() {
		return this.shapes;
	}

	/**
	 * One country's outline.
	 *
	 * @param n the ISO 3166-1 numeric code, empty for areas without one
	 * @param d the SVG path
	 */
	record Shape(String n, String d) {

	}

}
