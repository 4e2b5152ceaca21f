package org.depeche.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

    @Test
    void shouldKeepInputOrderWhateverTheWorkersFinishingOrder() {
        List<Integer> out = new ArrayList<>();
        OrderedParallel.map(IntStream.range(0, 200).boxed().iterator(), i -> {
            sleepMillis(ThreadLocalRandom.current().nextInt(3));
            return i * 2;
        }, 4, out::add);
        assertThat(out).containsExactlyElementsOf(IntStream.range(0, 200).map(i -> i * 2).boxed().toList());
    }

    @Test
    void shouldNeverPullMoreThanTwiceTheThreadCountAhead() {
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterator<Integer> source = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 1000;
            }

            @Override
            public Integer next() {
                maxAhead.accumulateAndGet(pulled.incrementAndGet() - consumed.get(), Math::max);
                return pulled.get();
            }
        };
        OrderedParallel.map(source, i -> i, 3, r -> consumed.incrementAndGet());
        assertThat(consumed.get()).isEqualTo(1000);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(6);
    }

    private static void sleepMillis(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
