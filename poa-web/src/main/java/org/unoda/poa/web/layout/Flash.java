package org.unoda.poa.web.layout;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.file.RefusedUploadException;

/**
 * Runs a change asked for by a form and leaves its outcome as a message for the page the
 * browser is sent back to.
 */
public final class Flash {

	private Flash() {
	}

	/**
	 * @return whether the change was made
	 */
	public static boolean apply(RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flashMessage", done);
			return true;
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", ex.arguments());
			// the page shows the message next to this field too
			redirect.addFlashAttribute("flashField", ex.field());
		}
		catch (RefusedUploadException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", ex.getArguments());
			redirect.addFlashAttribute("flashField", "file");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "planning.changedMeanwhile");
		}
		return false;
	}

}
