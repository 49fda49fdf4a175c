package vn.policykg.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of each page with their positions, page by page in one pass over the document. PDFBox's text
 * stripper does the font decoding, merges stray diacritics onto their letters and drops the copies drawn
 * to fake bold type; instead of writing its own lines we hand the glyphs on, because table cells need the
 * positions.
 */
final class GlyphCollector extends PDFTextStripper {

    /** Receives one page's glyphs, in content-stream order. */
    interface PageConsumer {
        void accept(int pageNumber, PDPage page, List<Glyph> glyphs) throws IOException;
    }

    private final PageConsumer consumer;

    private GlyphCollector(PageConsumer consumer) {
        this.consumer = consumer;
    }

    static void collect(PDDocument document, PageConsumer consumer) throws IOException {
        new GlyphCollector(consumer).writeText(document, new StringWriter());
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle())
            for (TextPosition p : article)
                glyphs.add(new Glyph(
                        p.getUnicode(),
                        p.getXDirAdj(),
                        p.getYDirAdj(),
                        p.getWidthDirAdj(),
                        p.getFontSizeInPt(),
                        Math.round(p.getDir() / 90) * 90 % 360));
        consumer.accept(getCurrentPageNo(), getCurrentPage(), glyphs);
    }
}
