package dev.precis.stories;

import java.util.List;

/**
 * Where one article went.
 *
 * @param seq       the article's arrival number in the store
 * @param story     its story, or -1 when it is kept unassigned
 * @param noise     why it is unassigned, else null
 * @param indexed   whether it entered the term statistics and the index
 * @param merged    stories folded into {@code story} because this article joined them
 * @param unassigned an earlier article, alone in its story, that this one showed to be a repeated notice (-1: none)
 */
public record Decision(long seq, long story, String noise, boolean indexed, List<Long> merged, long unassigned) {
    public boolean assigned() {
        return story >= 0;
    }
}
