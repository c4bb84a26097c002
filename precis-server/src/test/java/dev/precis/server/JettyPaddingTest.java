package dev.precis.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JettyPaddingTest {
    @Test
    void jettyIsToldItsQueuePaddingSoItNeedNotStartTheMBeanServer() {
        String before = System.getProperty(PrecisServer.JETTY_REFERENCES_PER_CACHE_LINE);
        try {
            System.clearProperty(PrecisServer.JETTY_REFERENCES_PER_CACHE_LINE);
            PrecisServer.padJettyQueuesWithoutJmx();
            assertThat(System.getProperty(PrecisServer.JETTY_REFERENCES_PER_CACHE_LINE)).isEqualTo("16");

            System.setProperty(PrecisServer.JETTY_REFERENCES_PER_CACHE_LINE, "8");
            PrecisServer.padJettyQueuesWithoutJmx();
            assertThat(System.getProperty(PrecisServer.JETTY_REFERENCES_PER_CACHE_LINE)).isEqualTo("8");
        } finally {
            if (before == null) System.clearProperty(PrecisServer.JETTY_REFERENCES_PER_CACHE_LINE);
            else System.setProperty(PrecisServer.JETTY_REFERENCES_PER_CACHE_LINE, before);
        }
    }
}
