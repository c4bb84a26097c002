package dev.precis.stories;

/** The stored text forms of a profile's terms and sketch, read back exactly. */
final class Codec {
    private Codec() {
    }

    static String terms(Profile p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.terms().length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(p.terms()[i]).append(' ').append(p.counts()[i]);
        }
        return sb.toString();
    }

    static String sketch(long[] sketch) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sketch.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(Long.toHexString(sketch[i]));
        }
        return sb.toString();
    }

    /** A profile holding only what the grouper restores from: terms and sketch. */
    static Profile profile(String terms, String sketch) {
        String[] parts = terms.isEmpty() ? new String[0] : terms.split(" ");
        String[] names = new String[parts.length / 2];
        int[] counts = new int[parts.length / 2];
        for (int i = 0; i < names.length; i++) {
            names[i] = parts[2 * i];
            counts[i] = Integer.parseInt(parts[2 * i + 1]);
        }
        String[] hex = sketch.isEmpty() ? new String[0] : sketch.split(" ");
        long[] hashes = new long[hex.length];
        for (int i = 0; i < hex.length; i++) hashes[i] = Long.parseUnsignedLong(hex[i], 16);
        return new Profile("", names, counts, hashes, Profile.MIN_WORDS, 0, 0);
    }
}
