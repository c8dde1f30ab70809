package org.unoda.poa.core.file;

/**
 * A file as a user sent it, before any check.
 *
 * @param filename the name the browser gave, possibly with a path or odd characters
 * @param content the bytes
 */
public record Upload(String filename, byte[] content) {

	public Upload {
		content = (content != null) ? content : new byte[0];
	}

}
