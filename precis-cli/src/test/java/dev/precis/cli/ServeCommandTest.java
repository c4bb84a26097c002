package dev.precis.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @Test
    void badSettingsAreOneLineAndExitCode2() {
        for (String[] args : new String[][] {
                {"serve", "--port", "70000"},
                {"serve", "--timeout-ms", "0"},
                {"serve", "--timeout-ms", "5000", "--max-timeout-ms", "1000"},
                {"serve", "--max-articles", "0"},
                {"serve", "--workers", "0"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err().strip()).startsWith("precis: ").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void aPortInUseIsOneLineAndExitCode2() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err().strip()).isEqualTo("precis: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the port is in use or the address is not this machine's");
        }
    }
}
