package org.unoda.poa.core.contact;

/**
 * Why one cell of an import file was refused.
 *
 * @param row the row's number in the file, the header being row 1
 * @param column the column's name
 * @param messageKey the message key of the problem
 * @param value what the cell held
 */
public record ImportProblem(int row, String column, String messageKey, String value) {

}
