package org.depeche.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;

/** Progress bars on stderr, shown only to a person at a terminal (never in logs or pipes). */
final class Progress {

    private Progress() {
    }

    /**
     * A bar counting documents, or null when quiet or when no terminal is attached.
     *
     * @param total the number of documents, or -1 when unknown
     */
    static ProgressBar bar(String task, long total, boolean quiet) {
        if (quiet || System.console() == null) {
            return null;
        }
        return ProgressBar.builder().setTaskName(task).setInitialMax(total).setUnit(" docs", 1)
                .setUpdateIntervalMillis(500).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    static void step(ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }
}
