package dev.precis.stories;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TopKeysTest {
    @Test
    void keepsTheLargestKeysLargestFirst() {
        Random r = new Random(7);
        long[] all = new long[5000];
        TopKeys top = new TopKeys(40);
        for (int i = 0; i < all.length; i++) {
            all[i] = r.nextLong();
            top.offer(all[i]);
        }
        Arrays.sort(all);
        long[] expected = new long[40];
        for (int i = 0; i < 40; i++) expected[i] = all[all.length - 1 - i];
        assertThat(top.keys()).containsExactly(expected);
    }

    @Test
    void fewerKeysThanRoomAreAllKept() {
        TopKeys top = new TopKeys(40);
        top.offer(3);
        top.offer(9);
        assertThat(top.keys()).containsExactly(9, 3);
        assertThat(new TopKeys(0).keys()).isEmpty();
    }
}
