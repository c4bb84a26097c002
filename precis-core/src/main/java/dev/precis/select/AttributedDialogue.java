package dev.precis.select;

import dev.precis.evidence.names.SpeechPatterns;
import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A bare line of dialogue (a sentence that is all one quotation, {@link Candidates#isDialogueOnly})
 * right after the sentence of its article that gives its speaker: 'Rodman told Reuters: "I'm not
 * going."' or '"I'm not going," Rodman said.' then '"I'm just going there on another tour."'. Alone
 * such a line has no speaker, but read after that sentence it has one, so selection may take it
 * together with it (the pair as one group, {@link MmrSelector}). Newser references quote the sources
 * often: refusing every bare line cost about 0.003 ROUGE-2 (docs/learned-ranker.md, the bare-dialogue
 * table); taking only those whose speaker comes right before them gained val-raw 0.4695 / 0.1693 to
 * 0.4708 / 0.1716 (round rouge15).
 */
final class AttributedDialogue {
    /** A speech verb outside quotation marks: in the part after the sentence's last quotation mark. */
    private static final Pattern SPEECH = Pattern.compile("\\b" + SpeechPatterns.SPEECH + "\\b");

    private AttributedDialogue() {
    }

    /**
     * The id of the sentence that gives the speaker of {@code s}, when {@code s} is a bare line of
     * dialogue and the sentence right before it in its article names a speech outside its own
     * quotation marks or ends on a colon; -1 otherwise.
     */
    static int attributor(ClusterText text, Sentence s) {
        if (s.position() == 0 || !Candidates.isDialogueOnly(s.text().strip())) return -1;
        List<Sentence> own = text.sentencesOf(s.article());
        int at = s.position() - 1;
        if (at >= own.size() || own.get(at).position() != at) return -1;
        Sentence before = own.get(at);
        return givesSpeaker(before.text().strip()) ? before.id() : -1;
    }

    /** Ends on a colon, or has a speech verb after its last quotation mark ("...," Smith said.; Smith said the ...). */
    static boolean givesSpeaker(String t) {
        if (t.endsWith(":")) return true;
        int last = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') last = i;
        }
        return SPEECH.matcher(t).region(last + 1, t.length()).find();
    }
}
