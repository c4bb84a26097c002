package dev.precis.clean.rules;

import dev.precis.clean.Line;
import dev.precis.clean.LineRule;
import dev.precis.clean.PrefixRule;

import dev.precis.clean.RuleCleaner;

import java.util.List;
import java.util.Optional;

/**
 * The standard cleaning stages. Each judges a line by its shape, its position in the article, or
 * its repetition across the cluster; vocabularies are generic web words, never a site's strings.
 * {@link #standard()} lists them in the order {@link RuleCleaner} runs them: specific rules first,
 * so a line gets the most telling reason.
 */
public final class Rules {
    private Rules() {
    }

    /** A cleaner with the standard prefix and line rules. */
    public static RuleCleaner cleaner() {
        return new RuleCleaner(standardPrefixes(), standard());
    }

    /** The default line rules, in order. */
    public static List<LineRule> standard() {
        return List.of(new Notice(), new Menu(), new UrlOnly(), new ReadingTime(), new Dateline(), new Credit(),
                new PhotoCaption(), new Caption(), new SourceNote(), new SocialEmbed(), new Player(), new Promo(),
                new MediaReference(), new Teaser(), new UiLine(), new RelatedLink(), new LabelCaption(), new Byline(), new Title(), new Duplicate(), new PullQuote(),
                new Template(), new NoLowercase(), new Symbols(), new DecoratedHeading(), new Bracketed(), new TrailingHeadline(),
                new LeadingHeadline(), new SubHeading());
    }

    /**
     * The line rules that judge text by itself, without its article or cluster: credits, captions,
     * source notes, embeds, player controls, prompts and media references. The segmenter runs them on
     * each sentence of a paragraph that holds several, where a line rule cannot see the debris.
     */
    public static List<LineRule> contextFree() {
        return CONTEXT_FREE;
    }

    private static final List<LineRule> CONTEXT_FREE = List.of(new Credit(), new PhotoCaption(), new SourceNote(),
            new SocialEmbed(), new Player(), new Promo(), new MediaReference());

    /** The first context-free rule that takes {@code sentence} for debris, with its reason; empty when none does. */
    public static Optional<String> sentenceDebris(String sentence) {
        Line l = Line.of(0, 0, sentence);
        for (LineRule r : CONTEXT_FREE) {
            Optional<String> why = r.why(l, null);
            if (why.isPresent()) return Optional.of(r.id() + ": " + why.get());
        }
        return Optional.empty();
    }

    /** The default prefix rules. */
    public static List<PrefixRule> standardPrefixes() {
        return List.of(new RepeatedHeadline(), new GluedCredit(), new CaptionPrefix(), new UiPrefix(), new VideoSharePrefix(), new WireUpdateTag(), new BylinePrefix(), new DatelinePrefix(),
                new AgencyTag(), new CapsDateline(), new LabelPrefix(), new BulletPrefix());
    }
}
