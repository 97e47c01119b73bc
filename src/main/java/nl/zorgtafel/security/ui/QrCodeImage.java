package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.Svg;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as inline SVG: one path of dark modules, a quiet zone of four, scaled by CSS. */
final class QrCodeImage {

    private static final int BORDER = 4;

    private QrCodeImage() {
    }

    static Svg of(String text, String description) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        String escaped = description.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        var svg = new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escaped + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>");
        svg.addClassName("qr-code");
        return svg;
    }
}
