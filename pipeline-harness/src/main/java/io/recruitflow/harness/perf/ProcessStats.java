package io.recruitflow.harness.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and memory of a process from Linux's {@code /proc}: {@code utime + stime} from
 * {@code /proc/<pid>/stat} (in clock ticks of 1/100 s, the kernel's {@code USER_HZ}) and the peak
 * resident set {@code VmHWM} from {@code /proc/<pid>/status}.
 *
 * @param cpuSeconds user plus system CPU time since the process started
 * @param peakRssBytes the largest resident set the process has had, or -1 where /proc is missing
 */
record ProcessStats(double cpuSeconds, long peakRssBytes) {

    private static final double TICKS_PER_SECOND = 100.0;

    static ProcessStats of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in parentheses may hold spaces: fields are counted after its ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long hwmKb = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwmKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcessStats(ticks / TICKS_PER_SECOND, hwmKb * 1024);
        } catch (IOException | RuntimeException e) {
            return new ProcessStats(Double.NaN, -1);
        }
    }

    /** CPU seconds spent between {@code earlier} and this sample. */
    double cpuSince(ProcessStats earlier) {
        return cpuSeconds - earlier.cpuSeconds;
    }
}
