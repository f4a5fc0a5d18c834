package io.recruitflow.ingest.limits;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Passes a stream through until more than {@code limitBytes} have been read, then throws
 * {@link PayloadTooLargeException}. Reads at most one byte past the limit from the underlying stream.
 */
final class LimitedInputStream extends InputStream {

    private final InputStream in;
    private final long limitBytes;
    private long count;

    LimitedInputStream(InputStream in, long limitBytes) {
        this.in = in;
        this.limitBytes = limitBytes;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        // Enough to see that the limit is crossed, no more.
        int allowed = (int) Math.min(len, limitBytes - count + 1);
        int n = in.read(b, off, allowed);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void counted(int n) {
        count += n;
        if (count > limitBytes) {
            throw new PayloadTooLargeException(limitBytes);
        }
    }
}
