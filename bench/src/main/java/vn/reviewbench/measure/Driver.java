package vn.reviewbench.measure;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import vn.reviewbench.workload.Procedure;
import vn.reviewbench.workload.Province.Subject;

/**
 * Drives reviews through the procedure with a fixed number of workers, each taking the next review
 * and running all its steps in order, as clerks working through a list would. Same for both engines.
 */
public final class Driver {

    /** One step of one review on an engine. */
    public interface Engine {
        void step(Subject subject, int stepIndex, String step) throws Exception;
    }

    private Driver() {
    }

    /** Runs every subject's procedure; returns the wall time in seconds. Fails on the first error. */
    public static double run(List<Subject> subjects, int workers, Engine engine, Latencies latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < subjects.size()) {
                    Subject s = subjects.get(i);
                    for (int k = 0; k < Procedure.STEPS.size(); k++) {
                        String step = Procedure.STEPS.get(k);
                        long t0 = System.nanoTime();
                        try {
                            engine.step(s, k, step);
                        } catch (Exception e) {
                            failure.compareAndSet(null, new IllegalStateException(
                                    "review " + s.id() + " step " + step + ": " + e, e));
                            return;
                        }
                        latencies.record(step, System.nanoTime() - t0);
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (failure.get() != null) {
            throw failure.get();
        }
        return seconds;
    }
}
