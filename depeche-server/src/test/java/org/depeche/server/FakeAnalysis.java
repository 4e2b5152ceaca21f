package org.depeche.server;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.depeche.extract.AnalysisResult;
import org.depeche.model.Document;

/** An analysis for tests of the HTTP layer: no models; returns the document as read, or what a test says. */
final class FakeAnalysis implements Analysis {

    final AtomicInteger calls = new AtomicInteger();
    final CountDownLatch loadGate;
    private final Function<Document, AnalysisResult> behaviour;

    FakeAnalysis(Function<Document, AnalysisResult> behaviour, CountDownLatch loadGate) {
        this.behaviour = behaviour;
        this.loadGate = loadGate;
    }

    /** Answers at once with the document it was given (language set to fr when absent). */
    static FakeAnalysis echo() {
        return new FakeAnalysis(doc -> new AnalysisResult.Analyzed(doc.lang() == null ? doc.withLang("fr") : doc),
                new CountDownLatch(0));
    }

    /** Takes {@code ms} per document. */
    static FakeAnalysis slow(long ms) {
        return new FakeAnalysis(doc -> {
            sleep(ms);
            return new AnalysisResult.Analyzed(doc.withLang("fr"));
        }, new CountDownLatch(0));
    }

    /** Blocks every analysis until {@code gate} opens. */
    static FakeAnalysis blockedBy(CountDownLatch gate) {
        return new FakeAnalysis(doc -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AnalysisResult.Analyzed(doc.withLang("fr"));
        }, new CountDownLatch(0));
    }

    static void sleep(long ms) {
        long end = System.nanoTime() + ms * 1_000_000;
        // keeps sleeping when interrupted, like a language pipeline that does not look at interrupts
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                // ignored on purpose
            }
        }
    }

    @Override
    public AnalysisResult analyze(Document doc) {
        calls.incrementAndGet();
        return behaviour.apply(doc);
    }

    @Override
    public void load(String lang) {
        try {
            loadGate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
