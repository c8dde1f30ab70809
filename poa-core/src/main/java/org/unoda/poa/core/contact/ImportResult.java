package org.unoda.poa.core.contact;

import java.util.List;

/**
 * The outcome of an import: either every row was imported, or none was and the problems say
 * why.
 *
 * @param imported how many contacts were imported
 * @param problems what was wrong, row by row; empty when the import succeeded
 */
public record ImportResult(int imported, List<ImportProblem> problems) {

	public boolean succeeded() {
		return this.problems.isEmpty();
	}

}
