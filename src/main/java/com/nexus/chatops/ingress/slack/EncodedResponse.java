package com.nexus.chatops.ingress.slack;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bolt writes its answer as one string through {@link #getWriter()}; this keeps that string and sends it as UTF-8
 * bytes in one write, with its length. Jetty's own writer encodes a string char by char, which for an answer
 * of a few KB in the ack (help) was a tenth of the request threads' time.
 */
final class EncodedResponse extends HttpServletResponseWrapper {
    private StringWriter text;
    private PrintWriter writer;

    EncodedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            text = new StringWriter(512);
            writer = new PrintWriter(text);
        }
        return writer;
    }

    /** Sends what was written to the writer, if anything; call once, after the servlet returned. */
    void finish() throws IOException {
        if (writer == null) {
            return;
        }
        writer.flush();
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
