package dev.precis.stories;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogsTest {
    /** The table must give Math.log's values exactly, or a decision could depend on the table's size. */
    @Test
    void theTableGivesExactlyTheLogarithm() {
        for (long x : new long[] {1, 2, 3, 1000, 65_535, 65_536, 70_000, 1 << 20, (1L << 26) + 1, 5_000_000_000L}) {
            assertThat(Logs.of(x)).isEqualTo(Math.log(x));
        }
    }
}
