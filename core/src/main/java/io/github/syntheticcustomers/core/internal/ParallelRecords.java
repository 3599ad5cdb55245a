package io.github.syntheticcustomers.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Builds records 0…n−1 on several threads, each thread a contiguous range, and returns them in index
 * order. Every record depends on its index alone (see {@link Rng}), so the result is the same list
 * whatever the thread count; the threads only shorten the wait, which matters most on a cold JVM
 * where each record still runs in the interpreter.
 */
public final class ParallelRecords {

    /** Fewer records than this per thread are not worth a thread. */
    static final int MIN_PER_THREAD = 64;

    private ParallelRecords() {
    }

    /** Records {@code 0…count−1} of {@code record}, in index order, unmodifiable. */
    public static <T> List<T> build(int count, IntFunction<T> record) {
        return build(count, record, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #build(int, IntFunction)} with at most {@code threads} threads (the caller's included). */
    public static <T> List<T> build(int count, IntFunction<T> record, int threads) {
        int chunks = Math.max(1, Math.min(threads, count / MIN_PER_THREAD));
        Object[] out = new Object[count];
        Thread[] helpers = new Thread[chunks - 1];
        Throwable[] failures = new Throwable[chunks];
        for (int c = 1; c < chunks; c++) {
            int chunk = c;
            helpers[c - 1] = new Thread(() -> fill(out, record, chunk, chunks, failures),
                    "synthetic-customers-records-" + c);
            helpers[c - 1].setDaemon(true);
            helpers[c - 1].start();
        }
        fill(out, record, 0, chunks, failures);
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers write into out: wait for them, then restore the flag
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<T> records = (List<T>) Arrays.asList(out);
        return List.copyOf(records);
    }

    /** The records of every index, flattened in index order (e.g. each customer's engagement steps). */
    public static <T> List<T> buildFlat(int count, IntFunction<List<T>> records) {
        List<List<T>> perIndex = build(count, records);
        List<T> flat = new ArrayList<>();
        for (List<T> some : perIndex) {
            flat.addAll(some);
        }
        return List.copyOf(flat);
    }

    private static <T> void fill(Object[] out, IntFunction<T> record, int chunk, int chunks, Throwable[] failures) {
        int from = (int) ((long) out.length * chunk / chunks);
        int to = (int) ((long) out.length * (chunk + 1) / chunks);
        try {
            for (int i = from; i < to; i++) {
                out[i] = record.apply(i);
            }
        } catch (RuntimeException | Error e) {
            failures[chunk] = e;
        }
    }
}
