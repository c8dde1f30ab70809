/**
 * Filing a national report: answers saved section by section as the delegate types, pre-filled
 * from the State's previous report, sent for review, submitted by the approver, revised, with
 * attachments and a full history.
 */
@NamedInterface("filing")
package org.unoda.poa.reporting.filing;

import org.springframework.modulith.NamedInterface;
