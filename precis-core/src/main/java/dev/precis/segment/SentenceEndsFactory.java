package dev.precis.segment;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * OpenNLP's sentence detector factory with {@link SentenceEnds} as its scanner. Public with a
 * no-argument constructor because a model re-creates its factory by class name.
 */
public final class SentenceEndsFactory extends SentenceDetectorFactory {
    public SentenceEndsFactory() {
    }

    SentenceEndsFactory(String language, boolean useTokenEnd, Dictionary abbreviations, char[] ends) {
        super(language, useTokenEnd, abbreviations, ends);
    }

    @Override
    public EndOfSentenceScanner getEndOfSentenceScanner() {
        char[] ends = getEOSCharacters();
        return ends == null || ends.length == 0 ? super.getEndOfSentenceScanner() : new SentenceEnds(ends);
    }
}
