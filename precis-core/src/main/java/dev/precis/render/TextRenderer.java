package dev.precis.render;

import dev.precis.lexicon.Spaces;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;

/** One sentence per line, nothing else: the form ROUGE and shell pipelines expect. */
public final class TextRenderer implements Renderer {
    @Override
    public String heading(String clusterId) {
        return "== " + oneLine(clusterId) + " ==\n";
    }

    @Override
    public String render(Summary summary) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence s : summary.sentences()) out.append(oneLine(s.text())).append('\n');
        return out.toString();
    }

    /**
     * A sentence never spans lines in the output, whatever its source looked like. Evaluation and
     * training score sentences in this same form, so ROUGE sees exactly what a reader gets.
     */
    public static String oneLine(String text) {
        // Control characters (ESC, BEL...) must not reach a terminal: they become spaces, then fold.
        return Spaces.collapse(hasControl(text) ? CONTROL.matcher(text).replaceAll(" ") : text).trim();
    }

    /** Whether {@link #CONTROL} occurs in {@code text}: a scan, where the regex would try every offset. */
    private static boolean hasControl(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
}
