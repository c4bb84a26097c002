package dev.precis.evidence.names;

import dev.precis.evidence.quotes.Genders;
import dev.precis.evidence.quotes.Quotes;
import dev.precis.evidence.quotes.Speakers;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regex vocabulary shared by quote finding ({@link Quotes}), speaker attribution
 * ({@link Speakers}), name normalisation ({@link Names}) and gender cues ({@link Genders}): speech
 * verbs, capitalised words and name phrases, and the pronouns that are or are not persons.
 */
public final class SpeechPatterns {
    /** The speech verbs, as regex alternatives: {@link #SPEECH} and {@link #INVERTED_SPEECH} are built on them. */
    static final String SPEECH_VERBS = "said|says|say|told|tells|added|adds|declared|insisted|warned|stated|wrote|"
            + "tweeted|explained|noted|asked|continued|replied|admitted|argued|claimed|recalled|concluded|announced|"
            + "stressed|urged|acknowledged|conceded|cautioned|remarked|complained|predicted|testified|responded|responds|"
            + "explains|notes|argues|insists|warns|recalls|admits|writes|asks|replies|commented|confirmed|confirms|"
            // verbs of speech only: "remarks", "jokes" and "quips" are also nouns ("Trump Twitter jokes"), "suggested"
            // and "pleaded" also open sentences that report no words
            + "answered|quipped|fumed|exclaimed|muttered|boasted|recounted|recounts|"
            // "“...,” he laughs", "Maura mutters", "she belts" (a singer's words); not "began" ("residents began hearing
            // gunfire" made the place a speaker) nor "concedes" (gave "the government" for the service named before)
            + "laughs|mutters|belts|"
            // verbs of the manner of speaking, past tense: they tell how words were said, so beside a quote they credit it
            // ("“...,” he joked", "Colbert teased", "Prodigy rapped"). Not those that as often take an object and report
            // no words ("snapped up copies", "mocked Trump's call", "scolded the media", "chided", "taunted", "bragged",
            // "lamented the loss"), nor the verbs of asserting or reporting, which as often take a clause or an object:
            // "reported", "revealed", "posted" gave wrong speakers, and "vowed", "asserted", "protested" and their kind
            // one more wrong speaker than they fixed missing ones
            + "joked|teased|laughed|shouted|yelled|screamed|whispered|murmured|sighed|chuckled|mused|gushed|raved|"
            + "scoffed|retorted|interjected|rapped|sang|chanted|blurted|snarled|growled|hissed|huffed|ranted|bellowed|"
            // the present tense of those verbs and of the first ones, where that form is not also a noun ("remarks",
            // "claims", "whispers", "taunts" are left out): "Adelman acknowledges that ... “...,” but concludes that"
            + "declares|stresses|urges|acknowledges|cautions|complains|predicts|testifies|concludes|announces|exclaims|shouts|yells|"
            + "gushes|raves|scoffs|interjects|sings|blurts";
    public static final String SPEECH = "(?:" + SPEECH_VERBS + ")";
    /**
     * "..., offers Weir.", "“...,” suggested Verge editor Josh Topolsky", "“...,” marveled resident Maria Gianni": verbs
     * that give someone's words only when they come before the speaker's name ("she marveled at" reports no words).
     */
    public static final String INVERTED_SPEECH = "(?:" + SPEECH_VERBS + "|offered|offers|suggested|marveled|marvelled|marvels)";
    public static final String PARTICLE = "(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|al|el|la|le|dos|das)";
    /** A capitalised word, or letters with dots ("U.N.", "F."); a sentence's closing period is not part of it. */
    public static final String CAP = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}\\p{M}'’-]*)";
    /** One to six capitalised words on one line, with particles ("Staffan de Mistura") and "of"/"for" inside. */
    public static final String NAME = "(?:(?:U\\.S\\.[ \\t]+)?(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Adm|Lt|Col|Capt|Sgt|Maj|Cmdr|Det|Rev|President|Prof)\\.?[ \\t]+)?" + CAP
            + "(?:[ \\t]+(?:(?:" + PARTICLE + "|of|for|the)[ \\t]+)?" + CAP + "){0,5}";
    /**
     * "Todd Harper, Cancer Council Victoria’s CEO said": an appositive of a possessive and a role, its closing comma
     * missing; not a person's name after the possessive ("in Lebanon, Al Jazeera's Rula Amin said": she is the subject).
     */
    static final String POSSESSIVE_ROLE = ",\\s+[^,\"“”]{1,60}?['’]s\\s+(?!\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll})[\\p{L}-]+(?:\\s+[\\p{L}-]+)?";
    /** "Sen. Dianne Feinstein (D-Calif.) said": a short parenthesis between a name and its verb. */
    public static final String PARENTHESIS = "(?:\\s*\\([^()\"“”]{1,20}\\))?";
    /** "Larry Hadfield on Monday said": the day between a subject and its speech verb. */
    static final String WHEN = "(?:\\s+(?:on\\s+|late\\s+|early\\s+)?(?:" + Lexicon.alternation(Lexicon.capitalised(Lexicon.WEEKDAYS)) + ")"
            + "(?:\\s+(?:morning|afternoon|evening|night))?)?";
    /**
     * Up to three appositives set off by commas, within the sentence: "Ivan Cooper, with the 15th Squadron at
     * Joint Base Pearl Harbor-Hickam, Hawaii, explains": the place inside them is not who speaks.
     */
    private static final String APPOSITIVES = "(?:,(?:(?![.!?]\\s+\\p{Lu})[^,\"“”]){1,80}){1,3},";
    /** The subject just before a speech verb (matched in a window that ends at the verb); a name starts upper case. */
    public static final StartPattern SPEECH_SUBJECT = StartPattern.of(
            "(?<name>\\b" + NAME + ")" + PARENTHESIS + "(?:" + APPOSITIVES + "|" + POSSESSIVE_ROLE + ")?" + WHEN + "\\s+(?:has\\s+)?$",
            StartPattern.UPPER_CASE);
    public static final Set<String> SPEECH_WORDS = Set.of(SPEECH.substring(3, SPEECH.length() - 1).split("\\|"));
    public static final Set<String> PRONOUNS = Set.of("he", "she");
    public static final Set<String> NON_PERSONS = Set.of("it", "they", "we", "i", "you", "this", "that");

    private SpeechPatterns() {
    }
}
