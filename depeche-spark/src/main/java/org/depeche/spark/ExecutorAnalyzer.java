package org.depeche.spark;

import org.depeche.extract.Analyzer;

/**
 * One {@link Analyzer} per JVM, built on the first document a task of that JVM analyses. The
 * analysis pipeline (CoreNLP models, lexicons) is not serialisable and weighs about a gigabyte:
 * it is never broadcast, each executor loads it once and all its task threads share it
 * ({@code Analyzer} is thread-safe), whatever the number of partitions.
 */
final class ExecutorAnalyzer {

    private static volatile Analyzer parseAll;
    private static volatile Analyzer parseNeeded;

    private ExecutorAnalyzer() {
    }

    static Analyzer get(boolean all) {
        if (all) {
            Analyzer a = parseAll;
            if (a == null) {
                synchronized (ExecutorAnalyzer.class) {
                    if (parseAll == null) {
                        parseAll = Analyzer.standard();
                    }
                    a = parseAll;
                }
            }
            return a;
        }
        Analyzer a = parseNeeded;
        if (a == null) {
            synchronized (ExecutorAnalyzer.class) {
                if (parseNeeded == null) {
                    parseNeeded = Analyzer.standardParsingOnDemand();
                }
                a = parseNeeded;
            }
        }
        return a;
    }
}
