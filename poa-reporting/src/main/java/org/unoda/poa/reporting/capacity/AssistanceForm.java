package org.unoda.poa.reporting.capacity;

/**
 * The form of help a need asks for or an offer gives. The codes are those of the national
 * survey's question on forms of assistance, so answers turn into needs as they are.
 */
public enum AssistanceForm {

	TRAINING, TECHNICAL, FINANCIAL, EQUIPMENT, POLICY;

	public String messageKey() {
		return "assistanceForm." + name();
	}

}
