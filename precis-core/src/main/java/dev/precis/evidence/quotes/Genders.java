package dev.precis.evidence.quotes;

import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.Names.canonical;
import static dev.precis.evidence.names.Names.isOrganisation;
import static dev.precis.evidence.names.Sentences.sentenceStart;
import static dev.precis.evidence.names.SpeechPatterns.CAP;
import static dev.precis.evidence.names.SpeechPatterns.NAME;
import static dev.precis.evidence.names.SpeechPatterns.NON_PERSONS;
import static dev.precis.evidence.names.SpeechPatterns.PRONOUNS;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH;
import static dev.precis.evidence.names.SpeechPatterns.SPEECH_SUBJECT;

/** The gender of persons, only from the cluster's own cues; never from lists of first names. */
public final class Genders {
    private static final List<String> GENDER_TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady");
    private static final Pattern GENDER_TITLE = Pattern.compile(
            "\\b(?<t>Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\\.?[ \\t]+(?<name>" + CAP + "(?:[ \\t]+" + CAP + "){0,2})");
    /** "said he", "told reporters that she": a speech verb right before a pronoun subject. */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "\\b" + SPEECH + "\\s+(?:\\p{Ll}+\\s+)?(?:that\\s+)?$");
    /** A name opening a sentence, with an optional appositive, before a lower-case word. */
    private static final Pattern SUBJECT_START = Pattern.compile(
            "(?<name>" + NAME + ")(?:,[^,\"“”]{1,80},)?\\s+\\p{Ll}");

    private static final Pattern DETERMINER = Pattern.compile("(?:The|A|An|This|That|These|Those)\\s");

    private Genders() {
    }

    /**
     * Persons whose gender the cluster states: a gendered title ("Mr Brandt", "Ms Okafor"), "X said
     * (that) he/she ...", or a sentence whose subject is X and that goes on with "his"/"her". No
     * lists of first names. A person with cues both ways is left unknown.
     */
    static Map<String, Character> genders(ClusterText text, Map<String, String> longest) {
        Map<String, Character> out = new HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (CleanArticle art : text.articles()) {
            String t = art.text();
            Matcher m = GENDER_TITLE.matcher(t);
            for (String title : GENDER_TITLES) {
                for (int i = t.indexOf(title); i >= 0; i = t.indexOf(title, i + 1)) {
                    if (i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
                    m.region(i, t.length());
                    if (!m.lookingAt() || !m.group("t").equals(title)) continue;
                    char g = title.equals("Mr") || title.equals("Sir") || title.equals("Lord") ? 'm' : 'f';
                    note(out, mixed, canonical(m.group("name"), longest), g);
                }
            }
            // "Okafor said she ...": the subject before the speech verb; "Petra Lind, who survived ...,
            // waited with her husband": a sentence's subject and its possessive
            Matcher said = SAID_BEFORE.matcher(t).useTransparentBounds(true);
            Matcher sub = SPEECH_SUBJECT.matcher(t);
            Matcher subject = SUBJECT_START.matcher(t);
            int lastStart = -1;
            for (int i = t.indexOf(' '); i >= 0 && i + 2 < t.length(); i = t.indexOf(' ', i + 1)) {
                if (t.charAt(i + 1) != 'h' && t.charAt(i + 1) != 's') continue;
                int j = i + 1;
                while (j < t.length() && Character.isLetter(t.charAt(j))) j++;
                String w = t.substring(i + 1, j);
                if (w.equals("he") || w.equals("she")) {
                    said.region(Math.max(0, i - 40), i + 1);
                    if (!said.find()) continue;
                    if (SPEECH_SUBJECT.find(sub, t, Math.max(0, said.start() - 120), said.start())) gendered(out, mixed, sub.group("name"), w, longest);
                } else if (w.equals("his") || w.equals("her") || w.equals("himself") || w.equals("herself")) {
                    int from = sentenceStart(t, i);
                    if (from == lastStart || i - from > 200) continue;
                    lastStart = from;
                    subject.region(from, i);
                    // "The Fort Wayne mother ... her children": a determiner makes the capitalised words a modifier, not the subject
                    if (subject.lookingAt() && !DETERMINER.matcher(subject.group("name")).lookingAt()) {
                        gendered(out, mixed, subject.group("name"), w, longest);
                    }
                }
            }
        }
        for (String x : mixed) out.remove(x);
        return out;
    }

    private static void gendered(Map<String, Character> out, Set<String> mixed, String raw, String pronoun,
                                 Map<String, String> longest) {
        String name = canonical(raw, longest);
        if (name.isEmpty() || isOrganisation(name) || !Character.isUpperCase(name.charAt(0))
                || PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) || NON_PERSONS.contains(name.toLowerCase(Locale.ROOT))) return;
        note(out, mixed, name, pronoun.equals("he") || pronoun.startsWith("hi") ? 'm' : 'f');
    }

    private static void note(Map<String, Character> out, Set<String> mixed, String name, char g) {
        if (name.isEmpty()) return;
        Character prev = out.putIfAbsent(name, g);
        if (prev != null && prev != g) mixed.add(name);
    }
}
