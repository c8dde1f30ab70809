package org.unoda.poa.web.account;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * A QR code drawn as one SVG path, one unit a module, with the quiet zone around it: sharp at
 * any size, no image file, nothing inline for the Content-Security-Policy to refuse.
 *
 * @param size the side, in modules
 * @param path the dark modules, as SVG path data
 */
record QrCode(int size, String path) {

	static QrCode of(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return new QrCode(matrix.getWidth(), path.toString());
	}

}
