/**
 * Files uploaded to the platform: checked by size and by content before they are stored, and
 * kept in the database beside the records that point to them.
 */
package org.unoda.poa.core.file;
