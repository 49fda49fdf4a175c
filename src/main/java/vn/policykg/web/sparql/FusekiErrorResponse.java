package vn.policykg.web.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import vn.policykg.web.ErrorPageController;

/**
 * The response Fuseki writes to. Fuseki answers an error by setting the status and printing a plain
 * text message, with a Content-Length counted in characters and through
 * {@code ServletOutputStream.print}, which cannot write Vietnamese (the client then waits for bytes
 * that never come). Here an error status and its message are held back and, once Fuseki is done,
 * sent as {@code sendError(status, message)}, so they reach {@link ErrorPageController} like every
 * other error: JSON {error, message}, or the Vietnamese page for browsers.
 */
final class FusekiErrorResponse extends HttpServletResponseWrapper {

    private int errorStatus;
    private final ByteArrayOutputStream message = new ByteArrayOutputStream();
    private PrintWriter writer;

    FusekiErrorResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400 && !isCommitted()) errorStatus = sc;
        else super.setStatus(sc);
    }

    private boolean holdingError() {
        return errorStatus != 0;
    }

    @Override
    public void setContentLength(int len) {
        if (!holdingError()) super.setContentLength(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!holdingError()) super.setContentLengthLong(len);
    }

    @Override
    public void setContentType(String type) {
        if (!holdingError()) super.setContentType(type);
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!holdingError()) super.setCharacterEncoding(charset);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holdingError()) return super.getOutputStream();
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                message.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                message.write(b, off, len);
            }

            @Override
            public void print(String s) {
                message.writeBytes(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holdingError()) return super.getWriter();
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(message, StandardCharsets.UTF_8));
        return writer;
    }

    /** Sends the held-back error, if any, through the container's error handling. */
    void finish() throws IOException {
        if (writer != null) writer.flush();
        if (holdingError() && !isCommitted())
            ((HttpServletResponse) getResponse())
                    .sendError(
                            errorStatus,
                            message.toString(StandardCharsets.UTF_8).strip());
    }
}
