package io.recruitflow.harness.perf;

import java.util.Arrays;

/** Latencies in milliseconds, kept exactly (a run has at most a few hundred thousand), and their percentiles. */
final class LatencyRecorder {

    private long[] values = new long[1024];
    private int count;

    void record(long millis) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = millis;
    }

    Snapshot snapshot() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new Snapshot(sorted);
    }

    /** Sorted latencies. */
    static final class Snapshot {

        private final long[] sorted;

        Snapshot(long[] sorted) {
            this.sorted = sorted;
        }

        int count() {
            return sorted.length;
        }

        /** The nearest-rank percentile, e.g. {@code percentile(99)}; -1 without values. */
        long percentile(double percent) {
            if (sorted.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        long max() {
            return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
        }
    }
}
