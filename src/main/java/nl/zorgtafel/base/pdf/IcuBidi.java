package nl.zorgtafel.base.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for openhtmltopdf on ICU4J: the Unicode bidi algorithm splits a paragraph
 * into direction runs, Arabic letters get their contextual forms, and right-to-left runs are
 * drawn reversed. Without it an Arabic name inside Dutch text comes out as isolated letters in
 * the wrong order. The same few lines as openhtmltopdf's own {@code openhtmltopdf-rtl-support},
 * which is not published for the openhtmltopdf release we use (docs/decisions.md).
 */
final class IcuBidi {

    private IcuBidi() {
    }

    /** One splitter per paragraph: ICU's {@link Bidi} holds the paragraph's state. */
    static final class SplitterFactory implements BidiSplitterFactory {
        @Override
        public BidiSplitter createBidiSplitter() {
            return new Splitter();
        }
    }

    static final class Splitter implements BidiSplitter {

        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String paragraph, byte level) {
            bidi.setPara(paragraph, level, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            var run = bidi.getVisualRun(index);
            // ICU's run directions (LTR 0, RTL 1) are openhtmltopdf's.
            return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return Bidi.getBaseDirection(paragraph);
        }
    }

    /** Shapes right-to-left runs in logical order and reverses them for drawing (brackets mirrored). */
    static final class Reorderer implements BidiReorderer {

        private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.LETTERS_SHAPE);
        private final ArabicShaping deshaper = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE);

        @Override
        public String reorderRTLTextToLTR(String text) {
            return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
        }

        @Override
        public String shapeText(String text) {
            return apply(shaper, text);
        }

        /** openhtmltopdf asks for the plain letters back when it must fall back to another font. */
        @Override
        public String deshapeText(String text) {
            return apply(deshaper, text);
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }

        private static String apply(ArabicShaping shaping, String text) {
            try {
                return shaping.shape(text);
            } catch (ArabicShapingException e) {
                // Only thrown for options we do not use (fixed-length output); fail loudly if it ever is.
                throw new IllegalStateException("Arabic shaping failed", e);
            }
        }
    }
}
