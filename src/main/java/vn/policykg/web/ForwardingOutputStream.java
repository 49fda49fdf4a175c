package vn.policykg.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;

/**
 * A servlet stream that passes writes, flushes and the listener to another; the response wrappers override what
 * they change. Closing it leaves the stream beneath open: the container ends the response after the filters.
 */
class ForwardingOutputStream extends ServletOutputStream {

    protected final ServletOutputStream out;

    ForwardingOutputStream(ServletOutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public boolean isReady() {
        return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        out.setWriteListener(listener);
    }
}
