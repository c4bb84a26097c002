package dev.precis.spark;

import dev.precis.model.BadInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummarySettingsTest {
    @Test
    void theClusterTimeLimitDefaultsToTheClisAndMustBePositive() {
        assertThat(SummarySettings.defaults().clusterTimeoutSeconds()).isEqualTo(120);
        SummarySettings s = SummarySettings.defaults().withClusterTimeout(5).withWords(80).withEvidence(false);
        assertThat(s.clusterTimeoutSeconds()).isEqualTo(5);
        assertThat(s.words()).isEqualTo(80);
        assertThatThrownBy(() -> SummarySettings.defaults().withClusterTimeout(0))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--cluster-timeout");
    }
}
