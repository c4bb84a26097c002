package dev.precis.stories;

import dev.precis.model.Article;

/** Small hand-written articles for the grouper's tests. */
final class Texts {
    private Texts() {
    }

    static final String HARBOUR = "A fire broke out at the Kingsport harbour warehouse on Monday night, and firefighters "
            + "from three stations fought the blaze until dawn. Harbour master Elena Varga said two cranes were damaged "
            + "and the container terminal would stay closed while investigators examine the warehouse. No one was hurt, "
            + "the Kingsport fire brigade said.";
    static final String HARBOUR_2 = "Investigators are examining the Kingsport harbour warehouse where a fire burned "
            + "through Monday night. Harbour master Elena Varga told reporters the container terminal stays closed and "
            + "two cranes need repairs. Firefighters from three stations fought the blaze, the fire brigade said, and "
            + "nobody was injured.";
    static final String ELECTION = "Voters in the province of Lorren elected a new governor on Sunday, choosing the "
            + "former mayor Tomas Brandt over the incumbent after a campaign dominated by hospital waiting lists and road "
            + "tolls. Brandt won fifty-four percent of the vote, the election commission said, and turnout rose to "
            + "sixty-one percent.";
    static final String NOTICE = "These crawls are part of an effort to archive pages as they are created and archive "
            + "the pages that they refer to. That way, as the pages that are referenced are changed or taken from the "
            + "web, a link to the version that was live when the page was written will be preserved. Then the Internet "
            + "Archive hopes that references to these archived pages will be put in place of a link that would be "
            + "otherwise be broken, or a companion link to allow people to see what was originally intended by a page's "
            + "author.";

    static Article article(String id, String text) {
        return Article.of(id, text);
    }
}
