package org.depeche.cli;

import picocli.CommandLine;

/** Entry point of the {@code depeche} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DepecheCommand.commandLine().execute(args));
    }
}
