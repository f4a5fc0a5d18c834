package io.recruitflow.ingest.limits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code 413} for a request body over its limit ({@code ingest.limits.max-batch-body} for
 * {@code /api/v1/candidates:batch}, {@code max-body} otherwise), before Spring MVC reads it or any
 * signature is computed. A declared {@code Content-Length} over the limit is refused at once, without
 * reading a byte. A body without one (chunked) is passed on behind a stream that throws
 * {@link PayloadTooLargeException} as soon as more than the limit has been read; MVC answers that in
 * {@link PayloadTooLargeAdvice}, and this filter answers it if it escapes from anywhere else.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    static final String BATCH_PATH = "/api/v1/candidates:batch";
    private static final Logger log = LoggerFactory.getLogger(BodySizeLimitFilter.class);

    private final long maxBody;
    private final long maxBatchBody;
    private final LimitProblems problems;

    BodySizeLimitFilter(IngestLimits limits, LimitProblems problems) {
        this.maxBody = limits.maxBody().toBytes();
        this.maxBatchBody = limits.maxBatchBody().toBytes();
        this.problems = problems;
    }

    long limitFor(String path) {
        return BATCH_PATH.equals(path) ? maxBatchBody : maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(RequestPaths.withinApplication(request));
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared >= 0) {
            // The container never hands out more than the declared length.
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), response);
        } catch (ServletException e) {
            if (!answered(request, response, causeOf(e))) {
                throw e;
            }
        } catch (RuntimeException e) {
            if (!answered(request, response, causeOf(e))) {
                throw e;
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        log.debug("Refused a body over {} bytes on {}", limit, request.getRequestURI());
        problems.write(request, response, LimitProblems.payloadTooLarge(limit));
    }

    /** Answers 413 for an oversized body that escaped Spring MVC, if nothing has been sent yet. */
    private boolean answered(HttpServletRequest request, HttpServletResponse response,
                             PayloadTooLargeException tooLarge) throws IOException {
        if (tooLarge == null || response.isCommitted()) {
            return false;
        }
        response.resetBuffer();
        refuse(request, response, tooLarge.limitBytes());
        return true;
    }

    private static PayloadTooLargeException causeOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The request with its body behind a {@link LimitedInputStream}, for both the stream and the reader. */
    static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called for this request");
            }
            if (stream == null) {
                stream = new LimitedServletInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (stream != null) {
                throw new IllegalStateException("getInputStream() has already been called for this request");
            }
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(
                        new LimitedInputStream(super.getInputStream(), limit), charset));
            }
            return reader;
        }
    }

    /**
     * Every read goes through the {@link LimitedInputStream}; the servlet stream's own bulk reads
     * ({@code readAllBytes}, {@code readNBytes}, {@code read(ByteBuffer)}) are overridden so none bypasses it.
     */
    private static final class LimitedServletInputStream extends ServletInputStream {

        private final ServletInputStream servlet;
        private final InputStream limited;

        LimitedServletInputStream(ServletInputStream servlet, long limit) {
            this.servlet = servlet;
            this.limited = new LimitedInputStream(servlet, limit);
        }

        @Override
        public int read() throws IOException {
            return limited.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return limited.read(b, off, len);
        }

        @Override
        public int read(ByteBuffer buffer) throws IOException {
            if (!buffer.hasRemaining()) {
                return 0;
            }
            byte[] chunk = new byte[Math.min(buffer.remaining(), 8192)];
            int n = limited.read(chunk, 0, chunk.length);
            if (n > 0) {
                buffer.put(chunk, 0, n);
            }
            return n;
        }

        @Override
        public byte[] readAllBytes() throws IOException {
            return limited.readAllBytes();
        }

        @Override
        public byte[] readNBytes(int len) throws IOException {
            return limited.readNBytes(len);
        }

        @Override
        public int readNBytes(byte[] b, int off, int len) throws IOException {
            return limited.readNBytes(b, off, len);
        }

        @Override
        public int readLine(byte[] b, int off, int len) throws IOException {
            if (len <= 0) {
                return 0;
            }
            int count = 0;
            int c;
            while ((c = read()) != -1) {
                b[off++] = (byte) c;
                count++;
                if (c == '\n' || count == len) {
                    break;
                }
            }
            return count > 0 ? count : -1;
        }

        @Override
        public long skip(long n) throws IOException {
            return limited.skip(n);
        }

        @Override
        public int available() throws IOException {
            return limited.available();
        }

        @Override
        public boolean isFinished() {
            return servlet.isFinished();
        }

        @Override
        public boolean isReady() {
            return servlet.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            servlet.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            limited.close();
        }
    }
}
