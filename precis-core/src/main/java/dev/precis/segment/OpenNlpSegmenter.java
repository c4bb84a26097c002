package dev.precis.segment;

import dev.precis.parallel.Workers;

import dev.precis.model.PrecisFault;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.ClusterText;
import dev.precis.model.Drop;
import dev.precis.model.Sentence;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sentences from OpenNLP's English sentence model, one paragraph (line) at a time, with a merge
 * pass that undoes the model's splits after news abbreviations ("Jan. 5", "Mr. Kerry",
 * "U.S. officials", "J.R.R. Tolkien", "Smith v. Jones"), then {@link Boundaries}' repairs: splits
 * where web text lost a space ("court.But") or a date ended a sentence ("Sept. 3. Although"),
 * joins a piece starting with a lowercase word to the one before, and a short quotation or a
 * bracket the model cut in two. Words and terms come from {@link Tokens}. Fragments with fewer
 * than {@value #MIN_WORDS} words or no letter are dropped, and so is what
 * {@link SentenceQuality} finds cannot stand alone.
 *
 * <p>The model is loaded once per JVM; each thread gets its own detector over it, so one instance
 * may be shared by any number of threads.
 */
public final class OpenNlpSegmenter implements Segmenter {
    /** A sentence with fewer words than this is debris (a caption tail, a lone "Share"). */
    public static final int MIN_WORDS = 3;

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final class Model {
        static final SentenceModel SENTENCES = load();

        private static SentenceModel load() {
            try (InputStream in = OpenNlpSegmenter.class.getResourceAsStream(MODEL)) {
                if (in == null) throw new PrecisFault("OpenNLP sentence model not on the classpath: " + MODEL);
                return withFastEnds(new SentenceModel(in));
            } catch (IOException e) {
                throw new PrecisFault("cannot load OpenNLP sentence model " + MODEL + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The same model and settings with {@link SentenceEnds} as its end-of-sentence scanner: the
     * detector asks its model's factory for the scanner, so the factory is where it can be changed.
     */
    static SentenceModel withFastEnds(SentenceModel model) {
        SentenceDetectorFactory f = model.getFactory();
        return new SentenceModel(model.getLanguage(), model.getMaxentModel(), Map.of(),
                new SentenceEndsFactory(f.getLanguageCode(), f.isUseTokenEnd(), f.getAbbreviationDictionary(), f.getEOSCharacters()));
    }

    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Model.SENTENCES));

    private final Abbreviations abbreviations = Abbreviations.DEFAULT;

    public OpenNlpSegmenter() {
    }

    @Override
    public ClusterText segment(Cluster cluster, List<CleanArticle> articles) {
        List<Integer> indexes = new ArrayList<>(articles.size());
        for (int a = 0; a < articles.size(); a++) indexes.add(a);
        // Articles are independent: a big cluster's are segmented side by side, then numbered in order.
        List<Segmented> parts = Workers.map(indexes, Workers.worthIt(articles.size()), a -> segment(a, articles.get(a)));
        List<Sentence> sentences = new ArrayList<>();
        List<CleanArticle> explained = new ArrayList<>(articles.size());
        for (Segmented part : parts) {
            for (Sentence s : part.sentences()) {
                sentences.add(s.withId(sentences.size()));
            }
            explained.add(part.article());
        }
        return new ClusterText(cluster, explained, sentences);
    }

    /** One article's sentences (numbered from 0 within it) and the article with its sentence-level drops. */
    private record Segmented(List<Sentence> sentences, CleanArticle article) {
    }

    private Segmented segment(int a, CleanArticle article) {
        String text = article.text();
        List<Drop> drops = new ArrayList<>(article.drops());
        List<Sentence> sentences = new ArrayList<>();
        int position = 0;
        boolean cased = Casing.isCased(text);
        String previous = null;
        for (int[] span : spans(text)) {
            String s = text.substring(span[0], span[1]);
            String before = previous;
            previous = s;
            if (!hasLetter(s)) continue;
            Tokens.Both tokens = Tokens.wordsAndTerms(s);
            if (tokens.words().size() < MIN_WORDS) continue;
            Drop unfit = SentenceQuality.why(s, span[2], cased);
            if (unfit == null) unfit = Restatement.why(s, tokens.words().size(), before);
            if (unfit != null) {
                drops.add(unfit);
                continue;
            }
            sentences.add(new Sentence(sentences.size(), a, position++, span[0], span[1], s, tokens.words(),
                    tokens.lowerWords(), tokens.terms()));
        }
        // Sentence-level drops join the cleaner's, so --explain shows every removal in one list.
        return new Segmented(sentences, drops.size() == article.drops().size() ? article
                : new CleanArticle(article.index(), article.source(), text, drops));
    }

    /**
     * Every sentence of a plain text (a reference summary, say), nothing dropped: the same
     * detector, line handling and abbreviation merge as {@link #segment}.
     */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : SHARED.spans(text)) out.add(text.substring(span[0], span[1]));
        return out;
    }

    private static final OpenNlpSegmenter SHARED = new OpenNlpSegmenter();

    /**
     * Sentence spans of {@code text} before the word-count filter: {start, end} pairs, trimmed, in
     * order, never crossing a line break.
     */
    List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        SentenceDetectorME detector = DETECTOR.get();
        int n = text.length();
        int lineStart = 0;
        // The next line feed and carriage return, found with String.indexOf (an intrinsic) and looked for
        // again only once passed: a character loop here, inlined into this method with all of paragraph's
        // callees, deoptimised it on its loop predicates and made C2 compile the whole again (about a second
        // of compiler time each, in a fresh JVM's first big clusters).
        int nl = text.indexOf('\n'), cr = text.indexOf('\r');
        while (lineStart < n) {
            if (nl >= 0 && nl < lineStart) nl = text.indexOf('\n', lineStart);
            if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
            int lineEnd = Math.min(nl < 0 ? n : nl, cr < 0 ? n : cr);
            if (hasNonSpace(text, lineStart, lineEnd)) paragraph(detector, text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void paragraph(SentenceDetectorME detector, String text, int from, int to, List<int[]> out) {
        List<int[]> spans = modelSpans(detector, text, from, to);
        spans = Markers.strip(text, Boundaries.merge(text, Boundaries.split(text, spans)));
        for (int k = 0; k < spans.size(); k++) {
            int flags = (k == 0 ? FIRST : 0) | (k == spans.size() - 1 ? LAST : 0) | (spans.size() > 1 ? SHARED_LINE : 0);
            out.add(new int[] {spans.get(k)[0], spans.get(k)[1], flags});
        }
    }

    /**
     * The sentences the model finds inside one sentence, with the abbreviation merge but none of
     * {@link Boundaries}' repairs: so a quotation of several sentences, which {@link #segment} keeps
     * as one sentence, comes apart into the sentences it is made of. Line breaks are read as spaces.
     */
    public static List<String> modelSentences(String sentence) {
        String line = sentence.replace('\n', ' ').replace('\r', ' ');
        List<String> out = new ArrayList<>();
        for (int[] span : SHARED.modelSpans(DETECTOR.get(), line, 0, line.length())) out.add(line.substring(span[0], span[1]));
        return out;
    }

    /** The model's sentence spans of {@code text} from {@code from} to {@code to} (one line), trimmed, abbreviation splits undone. */
    private List<int[]> modelSpans(SentenceDetectorME detector, String text, int from, int to) {
        String line = text.substring(from, to);
        Span[] found = detector.sentPosDetect(line);
        List<int[]> spans = new ArrayList<>(found.length);
        for (Span sp : found) {
            int s = from + sp.getStart(), e = from + sp.getEnd();
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (s == e) continue;
            if (!spans.isEmpty()) {
                int[] prev = spans.get(spans.size() - 1);
                if (s < prev[1]) { // never overlap, whatever the model returns
                    s = prev[1];
                    while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                    if (s >= e) continue;
                }
                Abbreviations.Kind kind = abbreviations.endingOf(text.substring(prev[0], prev[1]));
                if (kind != null && abbreviations.continues(kind, text.substring(s, e))) {
                    prev[1] = e;
                    continue;
                }
            }
            spans.add(new int[] {s, e});
        }
        return spans;
    }

    /** Span flags: the first sentence of its line, the last one, a line with several sentences. */
    static final int FIRST = 1, LAST = 2, SHARED_LINE = 4;

    private static boolean hasNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return true;
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }
}
