package dev.precis.score.learned;

/** Open addressing from a bigram key to its count and the articles it occurs in. */
final class BigramTable {
    final long[] keys;
    final int[] count;
    final long[] articles; // bit a for article a < 63
    final boolean[] beyond; // occurs in an article >= 63
    final int mask;

    BigramTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
        keys = new long[cap];
        count = new int[cap];
        articles = new long[cap];
        beyond = new boolean[cap];
        mask = cap - 1;
    }

    int find(long key) {
        int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (count[h] != 0 && keys[h] != key) h = (h + 1) & mask;
        return h;
    }

    void add(long key, int article) {
        int h = find(key);
        keys[h] = key;
        count[h]++;
        if (article < 63) articles[h] |= 1L << article;
        else beyond[h] = true;
    }

    boolean inOtherArticle(int slot, int article) {
        long own = article < 63 ? 1L << article : 0;
        return (articles[slot] & ~own) != 0 || (beyond[slot] && article < 63);
    }
}
