package dev.precis.evidence.quotes;

/**
 * Which attribution form of {@link Quotes} chose a quote's speaker, in the order they are tried: kept on each
 * occurrence so that the precision of each form can be measured on the labels ({@link SpeakerPaths}); never output.
 */
public enum SpeakerPath {
    /** No form named a speaker. */
    NONE,
    /** A quote whose closing mark is missing, cut at its own attribution ("... hope, said Kunz Sr."). */
    BROKEN_CLOSE,
    /** Words woven into the writer's sentence, credited by the words before them ("Okafor described it as"). */
    WOVEN_BEFORE,
    /** A credit before a colon opening the paragraph ({@link Credits}). */
    CREDIT,
    /** "one juror told the judge" after the quote ({@link UnnamedSpeakers#after}). */
    UNNAMED_AFTER,
    /** A dash and a name after a finished quote, or a name and its clause after an open one ({@link VerblessCredits}). */
    VERBLESS,
    /** An attribution after the quote ({@link Speakers#attribute}: name, verb first, appositive, role, group, "according to"). */
    AFTER,
    /** An attribution before the quote in its sentence ({@link Speakers#attribute}'s forms on the words before it). */
    BEFORE,
    /** "“...,” reads the letter": the document's author ({@link DocumentSpeakers}). */
    DOCUMENT,
    /** A credit set off by commas: "The goal, he said, amounts to" ({@link ParentheticalCredits}). */
    PARENTHETICAL,
    /** "the former speaker and party chair said": the person named just before ({@link JoinedRoles}). */
    JOINED_ROLES,
    /** "the minister added": the one person the article gave that role ({@link Roles#peopleWithRole}). */
    ROLE_HOLDER,
    /** "the president said" after "President Obama": the person just named ({@link Roles#calledBy}). */
    ROLE_CALLED,
    /** "the producer added" after "Jordan Horowitz said": the person the description fits ({@link Descriptions}). */
    DESCRIBED,
    /** No attribution of its own: the paragraph's speaker so far goes on. */
    LINE_SPEAKER,
    /** A paragraph that is only a quote goes on from the quote just before it. */
    QUOTE_BEFORE,
    /** ... or from the words reported in the paragraph just before it. */
    REPORTED_BEFORE,
    /** A quote opening its sentence: the person opening the writer's sentence before it. */
    SUBJECT_BEFORE,
    /** A woven quote: the speaker {@link WovenQuotes} finds. */
    WOVEN,
    /** A woven quote: the subject of the clause holding it ({@link WovenSubjects}). */
    WOVEN_SUBJECT,
    /** "“...,” it said": the body whose words came just before ({@link ItCredits}). */
    IT_BODY;

    /**
     * The path of one quote's speaker as the forms are tried: {@link #by} notes the form that gave a speaker,
     * the last one to give one winning (a later form may replace an earlier speaker: a role by its holder).
     */
    static final class Choice {
        private SpeakerPath path = NONE;

        /** {@code speaker}, noting {@code form} as its path when it is one. */
        String by(SpeakerPath form, String speaker) {
            if (speaker != null) path = form;
            return speaker;
        }

        SpeakerPath path(String speaker) {
            return speaker == null || speaker.isEmpty() ? NONE : path;
        }
    }
}
