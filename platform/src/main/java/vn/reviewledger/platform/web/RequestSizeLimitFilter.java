package vn.reviewledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the limit with 413 before anything reads them: by the declared length, and,
 * for a body sent in chunks without one, as soon as the bytes read pass the limit.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final LimitProperties limits;

    RequestSizeLimitFilter(LimitProperties limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().endsWith("/import") ? limits.maxImport().toBytes()
                : limits.maxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (BodyTooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
            }
        } catch (ServletException | RuntimeException e) {
            if (causedBy(e) && !response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
            } else {
                throw e;
            }
        }
    }

    private static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        Problems.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "PAYLOAD_TOO_LARGE",
                Map.of("limit", limit), Problems.locale(request)));
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over the limit");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
