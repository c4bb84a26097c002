package dev.precis.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class MainCommandsTest {
    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(Main.commandsFor("serve", "--port", "8080")).containsExactly(ServeCommand.class);
        assertThat(Main.commandsFor("summarize", "a.txt")).containsExactly(SummarizeCommand.class);
    }

    @Test
    void helpTheVersionAndUnknownWordsGetEveryCommand() {
        for (String[] args : new String[][] {{}, {"help", "serve"}, {"--help"}, {"--version"}, {"sumarize"}}) {
            assertThat(Main.commandsFor(args)).as(String.join(" ", args)).isEqualTo(Main.COMMANDS)
                    .contains(CommandLine.HelpCommand.class, ServeCommand.class);
        }
    }

    @Test
    void helpStillListsEveryCommand() {
        CliRun run = CliRun.of("help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("summarize", "eval", "serve", "stories", "evidence-score");
    }
}
