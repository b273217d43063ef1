package com.nexus.chatops.ingress.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * `/healthz` (the process answers) and `/readyz` (config loaded and store writable): a probe that returns
 * a reason, so whoever reads a failing probe knows what to fix.
 */
public final class HealthServlet extends HttpServlet {
    /** null reason means ready. */
    public record Check(boolean ok, String reason) {}

    private final transient Supplier<Check> check;

    public HealthServlet(Supplier<Check> check) {
        this.check = check;
    }

    public static HealthServlet alive() {
        return new HealthServlet(() -> new Check(true, "alive"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Check c;
        try {
            c = check.get();
        } catch (RuntimeException e) {
            c = new Check(false, "check failed: " + e.getClass().getSimpleName());
        }
        resp.setStatus(c.ok() ? 200 : 503);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println((c.ok() ? "ok: " : "not ready: ") + c.reason());
    }
}
