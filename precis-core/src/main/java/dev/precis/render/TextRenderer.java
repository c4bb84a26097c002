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
        return Spaces.collapse(CONTROL.matcher(text).replaceAll(" ")).trim();
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
}
