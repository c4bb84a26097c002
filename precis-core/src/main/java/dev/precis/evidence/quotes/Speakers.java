package dev.precis.evidence.quotes;

import dev.precis.lexicon.Spaces;
import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Lexicon;
import dev.precis.lexicon.StartPattern;

import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Names.TITLE_WORDS;
import static dev.precis.evidence.names.SpeechPatterns.INVERTED_SPEECH;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PARENTHESIS;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * The speaker of one quote, from the words around it (attribution forms listed on {@link Quotes}):
 * after the quote (name, verb first, appositive, role), else before it in its sentence. Names go
 * through {@link Names#canonical}; "he"/"she" become whom {@link Referents} resolved them to.
 */
public final class Speakers {
    /** "He has also said", "Smith has repeatedly said": the perfect with an adverb before the verb. */
    public static final String ADVERB = "(?:(?:also|already|previously|repeatedly|since|earlier|often|later|then|once|again|long|always)\\s+)?";
    /** "Lt. ", "Rep. ": a title's abbreviation, whose dot ends no sentence. */
    static final String TITLE_ABBREVIATION = "\\b(?:" + Lexicon.PERSON_TITLES.stream().filter(t -> t.endsWith("."))
            .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1, t.length() - 1)).sorted()
            .collect(Collectors.joining("|")) + ")\\.(?=\\s)";
    /**
     * What opens a role set apart from the name after it: "the head of the UN taskforce, Jan Egeland,"
     * and "his mom, Filomena Lima," (a relative or an aide is named by whose they are); "one of the searchers,
     * Karen Boucher," and "another witness, ..." single one person out of several.
     */
    private static final String ROLE_DETERMINER = "(?:the|a|an|his|her|their|one|another)";
    /** "Ezequiel Mendez, a neighbor said": a short role after the name whose closing comma is missing. */
    private static final String OPEN_APPOSITIVE = ",\\s+(?:a|an|the)\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}";
    /** "Mike Winter of the Iowa State Patrol said": the body a named speaker belongs to is not the speaker. */
    private static final String AFFILIATION = "(?:\\s+(?:of|from|with)\\s+(?:the\\s+)?" + NAME + ")?";
    private static final Pattern AFTER_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:(?:(?!\\p{Ll}[.!?]\\s)[^\"“”]|" + TITLE_ABBREVIATION + "){0,80}?\\s)??(?<name>he|she|they|it|" + NAME + ")" + AFFILIATION + PARENTHESIS + "\\s+(?:has\\s+|had\\s+)?" + ADVERB + "(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");
    /** "the satirist and political commentator Massimo Gramellini wrote": a role, then the name (not "the insider at Breitbart said"). */
    private static final Pattern AFTER_ROLE_THEN_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:the|a|an)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,5}(?<!\\b(?:at|of|for|from|with|by|in|to)\\s)(?<name>" + NAME + ")\\s+(?:\\p{Ll}+ly\\s+)?" + SPEECH + "\\b");
    private static final Pattern ROLE_START = Pattern.compile("^\\s*[,.]?\\s*(?:the|a|an)\\s+\\p{Ll}");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*" + INVERTED_SPEECH + "\\s+(?<name>" + NAME + ")");
    /** ", having staged runs in 2008 and 2012, notes Andy Kroll": the verb and the name after a clause of the writer's. */
    private static final Pattern AFTER_CLAUSE_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*[^\"“”.!?]{1,80}?,\\s*" + SPEECH + "\\s+(?<name>" + NAME + ")");
    /** "Republican National Committee chairman Michael Steele": an organisation's role, then the person holding it. */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("\\s+(?<role>(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})(?<name>" + NAME + ")");
    /**
     * "said community organizer Abril Gallardo", "said another relative, Nisha Odell": a few lower-case
     * role words between verb and name, the last one maybe set off by a comma.
     */
    private static final Pattern AFTER_VERB_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*" + SPEECH + "\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*,?\\s+(?<name>" + NAME + ")");
    /** "the lead researcher, William Copeland, a psychologist at Duke in Durham, N.C., said": the first name. */
    private static final Pattern AFTER_ROLE_NAME_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*" + ROLE_DETERMINER + "\\s[^\"“”,]{0,80},\\s*(?<name>" + NAME + "),\\s[^\"“”]{0,150}?,\\s*(?:has\\s+|had\\s+)?" + SPEECH + "\\b");
    private static final Pattern AFTER_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*" + ROLE_DETERMINER + "\\s[^\"“”]{0,150}?,\\s*(?<name>" + NAME + "),\\s*" + SPEECH + "\\b");
    private static final Pattern AFTER_NAME_APPOSITIVE = Pattern.compile(
            "^\\s*[,.]?\\s*(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,4}(?<name>" + NAME + "),\\s[^\"“”]{0,150}?,\\s*(?:has\\s+|had\\s+)?" + SPEECH + "\\b");
    /**
     * "the president proudly stated", "The actress then asked": an adverb between a role and its verb, which is
     * no part of the role (not the nouns ending in "ly": "the victim's family said").
     */
    private static final String ROLE_ADVERB = "(?:(?:then|also|later|again|(?!(?:family|ally|assembly|rally|supply|belly|bully|daily|weekly|monthly|elderly)\\b)\\p{Ll}{3,}ly)\\s+)?";
    private static final Pattern AFTER_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>(?:the|a|an)\\s+[\\p{L}'’ .-]{2,60}?)\\s+" + ROLE_ADVERB + SPEECH + "\\b", Pattern.CASE_INSENSITIVE);
    /** ", says a producer who worked with him.": the verb, then an unnamed speaker closing the sentence ("said the minister" is someone named before, {@link #AFTER_ROLE}). */
    private static final Pattern AFTER_VERB_THEN_ROLE = Pattern.compile(
            "^\\s*[,.]?\\s*(?<verb>" + SPEECH + ")\\s+(?<role>(?:a|an|another|one)(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){1,6})\\s*(?:[.,;]|$)");
    /**
     * ", according to the Justice Department." after the quote, and "According to the manual, “" before it; the
     * period after an initial ("according to the U.S. Department of Agriculture") ends nothing.
     */
    private static final Pattern AFTER_ACCORDING_TO = Pattern.compile("^\\s*[,.]?\\s*according to\\s+(?<who>[^,\"“”;]{2,80}?)\\s*(?:[,;]|(?<!\\b\\p{Lu})\\.|$)");
    private static final Pattern BEFORE_ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+(?<who>[^,\"“”;]{2,80}?)\\s*[,:]\\s*$");
    /** Verbs that give someone's words without being speech verbs: "called it", "described it as", "states that". */
    private static final String CALLING = "called|calling|described|describing|states(?=:|\\s+that\\b)";
    /** The name nearest the quote wins: "... for KFC, says Riese, but, she adds, \"..." is Riese's. */
    private static final StartPattern BEFORE = StartPattern.of(
            "(?<name>\\b(?:he|she|" + NAME + "))" + PARENTHESIS + "(?:,\\s*who|,|(?:,[^,\"“”]{1,80}){1,3},|" + OPEN_APPOSITIVE + ")?\\s+(?:has\\s+|had\\s+)?" + ADVERB + "(?:\\p{Ll}+ly\\s+)?(?:" + SPEECH
                    + "|" + CALLING + ")\\b[^\"“”]{0,60}$",
            (text, at) -> text.charAt(at) == 'h' || text.charAt(at) == 's' || StartPattern.UPPER_CASE.at(text, at));
    /**
     * "Ian Freer, the reviews editor at the film magazine Empire, said:", "Kassie Siegel of the Center
     * for Biological Diversity, who has led ..., said that": the name before the appositive, not "Empire".
     */
    private static final StartPattern BEFORE_APPOSITIVE = StartPattern.of(
            "(?<name>\\b" + NAME + ")" + AFFILIATION + "(?:,[^,\"“”]{1,80}){1,3},\\s+(?:has\\s+|had\\s+)?(?:\\p{Ll}+ly\\s+)?(?:" + SPEECH + "|" + CALLING + ")\\b[^\"“”]{0,60}$",
            StartPattern.UPPER_CASE);
    /**
     * Verbs of speech that are also nouns ("Trump Twitter jokes", "his remarks"): a verb only right between
     * a subject and the quote, "Kimmel jokes in a monotone voice" after it, "MacLaine, who remarks, “" before it.
     */
    private static final String NOUN_VERBS = "(?:jokes|remarks|quips)";
    private static final Pattern NOUN_VERB_AFTER = Pattern.compile(
            "^\\s*[,.]?\\s*(?<name>he|she|" + NAME + ")(?<!['’]s)\\s+" + NOUN_VERBS + "\\b");
    /** Not after a possessive: "Costa's remarks, “...”" are no verb. */
    private static final Pattern NOUN_VERB_BEFORE = Pattern.compile(
            "(?<name>\\b(?:he|she|" + NAME + "))(?<!['’]s)(?:,\\s*who)?\\s+" + NOUN_VERBS + "\\s*[,:]\\s*$");
    private static final Pattern BEFORE_ROLE = Pattern.compile(
            "^\\s*\\(?(?:But\\s+|And\\s+)?(?<name>(?:A|An|The)\\s[^,\"“”]{2,60}?)(?:,[^,\"“”]{1,80},)?\\s+(?:has\\s+)?" + ROLE_ADVERB
                    + SPEECH + "\\b[^\"“”]{0,60}$");

    /** "told a Page Six reporter", "asked Ana Costa": after these verbs a name is whom the words were said to. */
    static final Set<String> TO_LISTENER = Set.of("told", "tells", "asked", "asks");
    /**
     * "Added Lesh: ", "..., offers Weir, ": the verb before the name, the quote right after; the verb
     * opens the sentence or follows a comma.
     */
    private static final Pattern VERB_THEN_NAME_BEFORE = Pattern.compile(
            "(?:^\\s*|,\\s+)(?<verb>(?i:" + INVERTED_SPEECH + "))\\s+(?<name>" + NAME + ")\\s*[:,]\\s*$");

    /**
     * "Founders Fund operates under a strict code, boasting on its website that", "Flaherty prefaced
     * the announcement by saying", "..., saying onstage:": a participle of speech after a comma or "by"
     * speaks for the sentence's subject.
     */
    private static final String PARTICIPLES = "(?:saying|adding|noting|boasting|claiming|insisting|arguing|warning|explaining|declaring|stating)\\b[^\"“”.;:]{0,60}:?\\s*$";
    /**
     * A participle of speech after a comma or "by"; the participle and the rest of the head sit in a
     * lookahead, so that one run of one matcher sees every such place, "by" ones included.
     */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:,|\\b(?<by>by))\\s+(?=" + PARTICIPLES + ")");
    /**
     * "According to the lawsuit, ", "On Thursday, ", "Instead, ": a short clause of time, place or
     * contrast before a sentence's subject (not "It is that the Post ...": a clause with a subject of
     * its own).
     */
    private static final String LEAD_IN = "(?:(?:According to|In|On|At|After|Before|During|Instead|Meanwhile|Later|Earlier|Now|Today)\\b[^,\"“”]{0,60},\\s*)?";
    /** The subject that opens a sentence, past a lead-in ("According to the lawsuit, Damon, 36, bit ...", "Instead, Colbert loves"). */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "^\\s*" + LEAD_IN + "(?!(?:The|A|An|This|That|These|Those|It|They|We|I|But|And|In|On|At)\\b)"
                    + "(?<name>" + NAME + ")(?:,[^,\"“”]{1,60},)?\\s+(?:has\\s+|had\\s+|was\\s+|is\\s+)?\\p{Ll}");

    /** ", were found in his car and home, the minister added.": the writer's clause, then a one-word role and the verb closing the sentence. */
    private static final Pattern CLAUSE_THEN_ROLE = Pattern.compile(
            "^[^\"“”.!?]{1,120}?,\\s*the\\s+(?<role>\\p{Ll}{3,20})\\s+" + SPEECH + "\\s*[.!]?\\s*$");

    private Speakers() {
    }

    /** The role word of a quote closed by the writer's clause and "the minister added" ({@code "minister"}); null otherwise. */
    static String clauseRole(String tail) {
        Matcher m = CLAUSE_THEN_ROLE.matcher(tail);
        return m.find() ? m.group("role") : null;
    }

    /** The one-word role of a role speaker ("the minister" gives "minister"); null for anything else. */
    static String roleWord(String speaker) {
        if (speaker == null || !speaker.startsWith("the ")) return null;
        String w = speaker.substring(4);
        for (int i = 0; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i))) return null;
        return w.length() >= 3 ? w : null;
    }

    /** Who "he" and who "she" would be at a quote, and the person named last before it ("" if none near). */
    record Pronouns(String he, String she, String last) {
    }

    /** Speaker from the words before a quote, in its sentence ("Okafor described the sinking as"); null when none. */
    static String before(String head, Map<String, String> longest, Pronouns refs) {
        String p = appositiveSpeaker(head, longest, refs);
        if (p != null) return p;
        Matcher m = nearest(BEFORE, head);
        return m != null ? person(m.group("name"), longest, refs) : nounVerbBefore(head, longest, refs);
    }

    /** The subject of "jokes", "remarks" or "quips" right before the quote ("MacLaine, who remarks, “"); null when none. */
    private static String nounVerbBefore(String head, Map<String, String> longest, Pronouns refs) {
        // most heads hold none of the three words: the pattern, which may start at any word, runs only where one is
        if (!head.contains("jokes") && !head.contains("remarks") && !head.contains("quips")) return null;
        Matcher m = NOUN_VERB_BEFORE.matcher(head);
        if (!m.find()) return null;
        String p = person(m.group("name"), longest, refs);
        return p == null || p.isEmpty() ? null : p;
    }

    /** Speaker from the words after or before the quote; null when neither names one. */
    static String attribute(String tail, String head, Map<String, String> longest, Pronouns lastPerson) {
        String speaker = creditAfter(tail, head, longest, lastPerson);
        return speaker != null ? speaker : creditBefore(head, tail, longest, lastPerson);
    }

    /** The speaker {@link #attribute} finds in the words after the quote ({@code head} only guards a group's credit). */
    static String creditAfter(String tail, String head, Map<String, String> longest, Pronouns lastPerson) {
        Matcher m = AFTER_ROLE_NAME_APPOSITIVE.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        m = AFTER_APPOSITIVE.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        m = AFTER_VERB.matcher(tail);
        if (m.find()) return person(holder(tail, m), longest, lastPerson);
        String inverted = InvertedCredits.name(tail); // "..., ” countered Akira Portis."
        if (inverted != null) {
            String p = person(inverted, longest, lastPerson);
            if (p != null && !p.isEmpty()) return p;
        }
        String namedRole = NamedRoles.role(tail); // "predicted one Pelosi confidante": the confidante, not Pelosi
        if (namedRole != null) return namedRole;
        m = AFTER_VERB_ROLE.matcher(tail);
        if (m.find()) {
            String p = person(holder(tail, m), longest, lastPerson);
            if (p != null && !p.isEmpty()) return p;
        }
        m = AFTER_ROLE_THEN_NAME.matcher(tail);
        if (m.find()) {
            String p = person(m.group("name"), longest, lastPerson);
            if (p != null && !p.isEmpty()) return p;
        }
        boolean roleFirst = ROLE_START.matcher(tail).lookingAt(); // ", the insider at Breitbart said": a role, not "Breitbart"
        m = AFTER_NAME.matcher(tail);
        if (!roleFirst && m.find()) {
            String p = person(m.group("name"), longest, lastPerson);
            if (p != null) return p;
        }
        m = NOUN_VERB_AFTER.matcher(tail);
        if (!roleFirst && m.find()) {
            String p = person(m.group("name"), longest, lastPerson);
            if (p != null && !p.isEmpty()) return p;
        }
        m = AFTER_NAME_APPOSITIVE.matcher(tail);
        if (m.find()) return person(m.group("name"), longest, lastPerson);
        if (ToldCredits.speaker(tail) != null) return person(ToldCredits.speaker(tail), longest, lastPerson); // "..., Herbst’s attorney, Charles Allen, told Army Times"
        m = AFTER_CLAUSE_VERB.matcher(tail);
        if (m.find()) {
            String p = person(m.group("name"), longest, lastPerson);
            if (p != null && !p.isEmpty()) return p;
        }
        m = AFTER_ROLE.matcher(tail);
        if (m.find()) {
            String role = RolePhrases.withoutVerbChain(m.group("name").strip());
            if (Spaces.split(role).length <= 6) return role.toLowerCase(Locale.ROOT).startsWith("the ")
                    || role.toLowerCase(Locale.ROOT).startsWith("a ") || role.toLowerCase(Locale.ROOT).startsWith("an ")
                    ? lowerFirst(role) : role;
        }
        m = AFTER_VERB_THEN_ROLE.matcher(tail);
        if (m.find() && !TO_LISTENER.contains(m.group("verb"))) return m.group("role");
        String unnamed = GroupSpeakers.after(tail, head); // "police said"
        if (unnamed == null) unnamed = RelativeRoles.after(tail); // "said the man who spoke on condition of anonymity"
        if (unnamed != null) return unnamed;
        return accordingTo(tail, AFTER_ACCORDING_TO, longest, lastPerson);
    }

    /** The speaker {@link #attribute} finds in the words before the quote ({@code tail} only guards a group's credit). */
    static String creditBefore(String head, String tail, Map<String, String> longest, Pronouns lastPerson) {
        if (head.isBlank()) return null;
        String source = accordingTo(head, BEFORE_ACCORDING_TO, longest, lastPerson);
        if (source != null) return source;
        String named = appositiveSpeaker(head, longest, lastPerson);
        if (named != null) return named;
        Matcher m = nearest(BEFORE, head);
        if (m != null) return person(m.group("name"), longest, lastPerson);
        named = nounVerbBefore(head, longest, lastPerson);
        if (named != null) return named;
        m = VERB_THEN_NAME_BEFORE.matcher(head);
        if (m.find() && !TO_LISTENER.contains(m.group("verb").toLowerCase(Locale.ROOT))) {
            String p = person(m.group("name"), longest, lastPerson);
            if (p != null && !p.isEmpty()) return p;
        }
        Participle participle = participle(head);
        String subject = participle == Participle.NONE ? null : openingSubject(head);
        // after "by saying" only a full name: a capitalised word opening the sentence is as often no
        // name at all ("Co-host joe scarborough opened the show by saying")
        if (subject != null && participle == Participle.BY && canonical(subject, longest).indexOf(' ') < 0
                && !isOrganisation(subject)) subject = null;
        if (subject == null) subject = colonSubject(head, longest);
        if (subject == null) subject = CoordinatedCredits.subject(head, longest); // "He turns to Halle Berry and says, “"
        if (subject != null && !ClauseReach.reaches(head, subject)) subject = null;
        if (subject != null) {
            String p = person(subject, longest, lastPerson);
            if (p != null && !p.isEmpty()) return p;
        }
        m = BEFORE_ROLE.matcher(head);
        if (m.find() && Spaces.split(m.group("name")).length <= 7) return lowerFirst(RolePhrases.withoutVerbChain(m.group("name").strip()));
        String unnamed = UnnamedSpeakers.before(head); // "Another prospective juror stood up and said, “"
        return unnamed != null ? unnamed : GroupSpeakers.before(head, tail); // "Reign management said: “"
    }

    /** Whom "according to" names in {@code s} ({@code where} finds it): a person's or a body's name; null if none. */
    private static String accordingTo(String s, Pattern where, Map<String, String> longest, Pronouns refs) {
        Matcher m = where.matcher(s);
        if (!m.find()) return null;
        String who = m.group("who").strip();
        String body = AccordingTo.body(who); // "according to the USDA", "according to a statement from US 7th Fleet"
        if (body != null) return body;
        String[] words = Spaces.split(who);
        if (words.length > 8) return null;
        // "according to the lawsuit", "according to a report": a document, which the labels hold to be no speaker
        if (!Character.isUpperCase(who.charAt(0)) || words[0].equals("The")) return null;
        String p = person(who, longest, refs);
        return p == null || p.isEmpty() ? null : p;
    }

    /**
     * The name found, or the person holding a role in it: an organisation's role, then the name ("said CNN
     * senior analyst David Gergen"), or any name, then an office and a name ("said Harvard law professor
     * Jack Goldsmith": the school is where the professor works, not who speaks).
     */
    private static String holder(String tail, Matcher found) {
        String closing = NameRuns.person(tail, found.start("name"), found.end("name")); // "said San Diego Lifeguard Lt. John Sandmeyer"
        if (closing != null) return closing;
        String compound = CompoundRoles.holder(tail, found.end("name")); // "said Facebook founder and CEO, Mark Zuckerberg"
        if (compound != null) return compound;
        if (StationCredits.holder(tail, found.end("name")) != null) return StationCredits.holder(tail, found.end("name")); // "asked FOX 4 Reporter James Rose"
        Matcher m = ROLE_THEN_NAME.matcher(tail).region(found.end("name"), tail.length());
        if (!m.lookingAt()) return found.group("name");
        if (isOrganisation(found.group("name"))) return m.group("name");
        String[] role = Spaces.split(m.group("role").strip());
        if (Lexicon.PERSON_TITLES.contains(role[role.length - 1])) return m.group("name");
        // "said Anaheim resident Joe Castaneda": a place or a group, then what the person is there, then the person's
        // full name; not "said Smith in New York", whose lower-case word is a preposition
        for (String w : role) if (!w.matches("\\p{Ll}{3,}") || FUNCTION_WORDS.contains(w)) return found.group("name");
        return Spaces.split(m.group("name")).length >= 2 ? m.group("name") : found.group("name");
    }

    /** Lower-case words that tie a name to what follows without naming a role ("said Smith in New York", "told Smith last week"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "but", "for", "from", "with", "the", "after", "before", "during",
            "when", "while", "who", "that", "which", "about", "than", "into", "onto", "last", "this", "next", "told", "tells",
            "says", "said", "was", "were", "has", "had", "have", "will", "would", "could", "should", "not", "also", "then", "over", "under");

    /** Whether the words before a quote end in a participle of speech, and whether one of them follows "by". */
    enum Participle { NONE, COMMA, BY }

    /** Which {@link Participle} ends {@code head}, from one pass over it: BY when any participle follows "by". */
    static Participle participle(String head) {
        Matcher m = PARTICIPLE.matcher(head);
        Participle found = Participle.NONE;
        while (m.find()) {
            if (m.group("by") != null) return Participle.BY;
            found = Participle.COMMA;
        }
        return found;
    }

    /** The subject opening a sentence of the writer's, as written ("He", "Emma Stone"); null when none opens it. */
    static String openingSubject(String sentence) {
        Matcher m = OPENING_SUBJECT.matcher(sentence);
        // "Mint spokesman Adam Stump issued ...": the person holding the role, not the body it belongs to
        return m.find() ? RoleHolders.subject(sentence, m.end("name"), m.group("name")) : null;
    }

    /** The person opening a sentence whose words before the quote end in a colon ("On Thursday, Colbert ticked off the traits:"); null otherwise. */
    static String colonSubject(String head, Map<String, String> longest) {
        if (!head.stripTrailing().endsWith(":")) return null;
        String raw = openingSubject(head);
        if (raw == null) return null;
        // only a person's full name: a capitalised word opening a sentence is as often no name at all
        String name = canonical(raw, longest);
        return name.indexOf(' ') > 0 && !isOrganisation(name) ? raw : null;
    }

    /** The first name before an appositive and a speech verb that is a person ("Already, Rep. Jason Chaffetz, ..., has asked"). */
    private static String appositiveSpeaker(String head, Map<String, String> longest, Pronouns refs) {
        Matcher m = BEFORE_APPOSITIVE.matcher(head);
        int from = 0;
        while (from < head.length() && BEFORE_APPOSITIVE.find(m, head, from, head.length())) {
            // "... the chair of the Calvin Coolidge Foundation, where ..., told me", "In an interview with CNN's Dana Bash,
            // Sanders, ..., said": a body or a person the sentence only mentions, not its subject
            if (OBJECT_BEFORE.find(head.substring(Math.max(0, m.start() - 30), m.start()))) {
                from = m.end("name");
                continue;
            }
            String p = person(m.group("name"), longest, refs);
            if (p != null) return p;
            from = m.start() + 1;
        }
        return null;
    }

    /**
     * The match that starts latest, at a word start: the name nearest the quote; not a name right after
     * "of", "in", "at" or "from" ("Majority Whip John Cornyn of Texas, said"; "the chair of the Calvin Coolidge
     * Foundation, where ..., told me"): that is a place or a body.
     */
    private static Matcher nearest(StartPattern p, String head) {
        Matcher m = p.matcher(head);
        for (int i = head.length() - 1; i >= 0; i--) {
            if (!Character.isLetter(head.charAt(i)) || i > 0 && Character.isLetterOrDigit(head.charAt(i - 1))
                    || !p.mayStartAt(head, i) || PLACE_BEFORE.find(head.substring(Math.max(0, i - 10), i))
                    || insideName(head, i) || ObjectNames.at(head, i, runStart(head, i))) continue; // "A spokeswoman for Catherine Zeta-Jones says"
            m.region(i, head.length());
            if (m.lookingAt()) return m;
        }
        return null;
    }

    /**
     * Whether the word at {@code i} ends a place's name after "of", "in", "at" or "from" ("the governor of New
     * York, who described"): capitalised words, none a title, run back from it to the preposition.
     */
    private static boolean insideName(String head, int i) {
        int b = runStart(head, i);
        return b < i && PLACE_BEFORE.find(head.substring(Math.max(0, b - 10), b));
    }

    /** Where the run of capitalised words (none a title) that ends with the word at {@code i} starts. */
    private static int runStart(String head, int i) {
        int b = i;
        while (b >= 2 && head.charAt(b - 1) == ' ') {
            int w = b - 1;
            while (w > 0 && Character.isLetter(head.charAt(w - 1))) w--;
            if (w == b - 1 || !Character.isUpperCase(head.charAt(w))
                    || TITLE_WORDS.contains(head.substring(w, b - 1).toLowerCase(Locale.ROOT))) break;
            b = w;
        }
        return b;
    }

    /**
     * Whether the name at {@code start} of {@code s} is a place or a body the sentence names after a preposition
     * ("the School of Public Health at Imperial explained", "Vikki Manko of Naperville, Illinois asks"), not a subject.
     */
    static boolean placeAt(String s, int start) {
        String before = s.substring(Math.max(0, start - 40), start);
        return PLACE_BEFORE.find(before.substring(Math.max(0, before.length() - 10))) || PLACE_THEN_COMMA.matcher(before).find();
    }

    /** The person's full name before "of City, " at the end of {@code before} ("Vikki Manko of Naperville, "); null when none. */
    static String residentBefore(String before) {
        Matcher m = RESIDENT.matcher(before);
        return m.find() ? m.group("name") : null;
    }

    private static final Pattern RESIDENT = Pattern.compile("\\b(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\s+(?:of|from)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2},\\s*$");

    /** "of Naperville, ": a place after a preposition, then a comma: the name after it is the larger place. */
    private static final Pattern PLACE_THEN_COMMA = Pattern.compile("\\b(?:of|in|at|from)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2},\\s*$");

    /** A preposition, maybe with "the" or an owner's possessive, right before a name: that name is no subject. */
    private static final StartPattern OBJECT_BEFORE = StartPattern.of("\\b(?:of|in|at|from|with)\\s+(?:the\\s+|\\p{Lu}\\S*['’]s\\s+)?$",
            StartPattern.atWordStart("oiafw"));
    private static final StartPattern PLACE_BEFORE = StartPattern.of("\\b(?:of|in|at|from)\\s+(?:the\\s+)?$", StartPattern.atWordStart("oiaf"));

    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A named or pronoun speaker resolved to a canonical name; "" for it/they; null if not a person. */
    static String person(String raw, Map<String, String> longest, Pronouns refs) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) return lower.equals("he") ? refs.he() : refs.she();
        if (NON_PERSONS.contains(lower)) return "";
        if (Lexicon.SENTENCE_OPENERS.contains(lower)) return null; // "Already, Rep. Jason Chaffetz ... has asked"
        String name = canonical(raw, longest);
        if (Names.isPartyMember(name)) return refs.last(); // "the Kentucky Republican said": whom the text just named
        return name.isEmpty() ? null : name;
    }

}
