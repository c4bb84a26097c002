package dev.precis.server;

import dev.precis.Precis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelWarmUpTest {
    @Test
    void readiesTheSharedStandardPipeline() {
        assertThat(ModelWarmUp.standardPipeline()).isSameAs(Precis.pipeline());
    }
}
