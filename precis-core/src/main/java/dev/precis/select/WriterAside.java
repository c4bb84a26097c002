package dev.precis.select;

import java.util.regex.Pattern;

/**
 * A writer's aside that points back into its own page ("As I said, it's much bolder ...", "As noted
 * above, ...", "Like I said, ..."): what it refers to was earlier in a blog post or column, never
 * in a summary made of other pages' sentences, wherever the sentence would stand. Not a candidate.
 * "As we reported, ..." is not one: it cites the outlet's earlier story for a fact the sentence
 * states in full (on val-truncated it opened two story sentences).
 */
final class WriterAside {
    private static final Pattern POINTS_BACK = Pattern.compile(
            "^(?:As|Like)\\s+(?:I|we)(?:['’]ve|\\s+have)?\\s+(?:said|wrote|written|noted|mentioned|explained|argued|pointed\\s+out)\\b"
                    + "|^As\\s+(?:noted|mentioned|discussed|explained|shown)\\s+(?:above|earlier|before|previously)\\b");

    private WriterAside() {
    }

    /** Whether the sentence opens by pointing back to what its writer said earlier in the page. */
    static boolean pointsBack(String sentence) {
        return POINTS_BACK.matcher(sentence).lookingAt();
    }
}
