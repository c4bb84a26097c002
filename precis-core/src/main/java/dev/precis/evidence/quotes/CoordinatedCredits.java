package dev.precis.evidence.quotes;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;

/**
 * "He turns to presenter Halle Berry and says, “", "She cited the violence in Homs and Hama and asked: “": a speech
 * verb joined by "and" to the verb of the sentence's opening subject, and ending the words before a quote, is that
 * subject's ({@link OpeningSubjects#openingSubject}); a name nearer the verb ("Halle Berry") is an object of the first verb.
 * Not past a clause of its own between them ("Reed said Ames had left and added: “", "Reed, who ..."), and the subject
 * only as "he"/"she" or a person's full name: a capitalised word opening a sentence is as often no name at all.
 */
final class CoordinatedCredits {
    /** The head's end: "and" (maybe an adverb) and a speech verb, then a comma or colon. */
    private static final Pattern AND_SPEECH = Pattern.compile(
            "\\band\\s+" + Speakers.ADVERB + "(?:\\p{Ll}+ly\\s+)?\\b" + SPEECH + "\\s*[,:]?\\s*$");
    /** What opens a clause of its own between the subject and "and": a speech verb, "that", a relative, a quote. */
    private static final Pattern OWN_CLAUSE = Pattern.compile(
            "\\b(?:that|who|which|whom|when|while|because|if|after|before)\\b|\\b" + SPEECH + "\\b|[;\"“”]");

    private CoordinatedCredits() {
    }

    /** The subject, as written, whose coordinated speech verb ends {@code head}; null when {@code head} is no such credit. */
    static String subject(String head, Map<String, String> longest) {
        Matcher m = AND_SPEECH.matcher(head);
        if (!m.find()) return null;
        String subject = OpeningSubjects.openingSubject(head);
        if (subject == null) return null;
        int from = head.indexOf(subject) + subject.length();
        if (from > m.start() || OWN_CLAUSE.matcher(head.substring(from, m.start())).find()) return null;
        if (PRONOUNS.contains(subject.toLowerCase(Locale.ROOT))) return subject;
        String name = canonical(subject, longest);
        return name.indexOf(' ') > 0 && !isOrganisation(name) ? subject : null;
    }
}
