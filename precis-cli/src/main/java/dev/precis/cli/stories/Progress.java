package dev.precis.cli.stories;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr when it is a terminal (the launcher tells), as the eval command shows. */
final class Progress {
    private Progress() {
    }

    static ProgressBar bar(String task) {
        String tty = System.getenv("PRECIS_STDERR_TTY");
        boolean terminal = tty != null ? tty.equals("1") : System.console() != null;
        if (!terminal) return null;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    }
}
