package org.depeche.spark;

import picocli.CommandLine;

/**
 * Entry point for {@code spark-submit --class org.depeche.spark.SparkMain depeche-spark.jar INPUT… OUTPUT}:
 * the options of {@code depeche spark}; the master is spark-submit's unless {@code --master} is given.
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new SparkCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setCommandName("depeche spark");
        int status = cl.execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
