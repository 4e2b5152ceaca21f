package org.depeche.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Child JVMs that write to a store, for the tests that kill a writer or hold a lock. */
final class Children {

    private Children() {
    }

    /** Starts a JVM that puts {@code TestDocs.numbered(0..n-1)}, sleeping between articles. */
    static Process ingest(String url, int n, int sleepMs, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), url, Integer.toString(n), Integer.toString(sleepMs)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the log has this many lines starting with "stored" (or the child said "open"). */
    static void awaitLines(Path log, int lines, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (Files.exists(log) && Files.readAllLines(log).stream().filter(l -> l.startsWith("stored")).count() >= lines) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("child wrote no " + lines + " lines in " + timeoutMs + " ms: "
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    /** The child: {@code url n sleepMs}. */
    public static final class IngestChild {
        public static void main(String[] args) throws Exception {
            int n = Integer.parseInt(args[1]);
            int sleep = Integer.parseInt(args[2]);
            try (Store store = Store.open(args[0])) {
                System.out.println("open");
                // batches of 3 articles per transaction, as ingest writes them
                for (int i = 0; i < n; i += 3) {
                    List<org.depeche.model.Document> batch = new java.util.ArrayList<>();
                    for (int j = i; j < Math.min(n, i + 3); j++) {
                        batch.add(TestDocs.numbered(j));
                    }
                    List<PutResult> r = store.putAll(batch);
                    for (int j = 0; j < r.size(); j++) {
                        System.out.println((r.get(j).stored() ? "stored " : "duplicate ") + (i + j));
                    }
                    if (sleep > 0) {
                        Thread.sleep(sleep);
                    }
                }
            }
        }
    }
}
