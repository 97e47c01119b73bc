package nl.zorgtafel.base.pdf;

/** Writes text safely into XHTML: the five markup characters escaped, characters XML forbids left out. */
public final class Xhtml {

    private Xhtml() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        var out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && (c < 0xD800 || c > 0xDFFF))) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Text with its line breaks kept. */
    public static String lines(String value) {
        return text(value).replace("\r\n", "\n").replace("\n", "<br/>");
    }
}
