package com.nexus.chatops.ingress.http;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 hosting nexus's HTTP routes. Stopping is graceful: new requests are refused while those in flight
 * (an ack, a webhook) get until the deadline to finish. A slow sender cannot hold a connection: silence closes it
 * after {@link #IDLE}, a trickle of header bytes after {@link #HEADER_DEADLINE}, a trickled body below a minimum rate.
 */
public final class HttpServer implements AutoCloseable {
    /** A connection silent this long is closed. */
    static final Duration IDLE = Duration.ofSeconds(15);
    /** A connection receiving bytes this long without completing a request's headers is closed. */
    static final Duration HEADER_DEADLINE = Duration.ofSeconds(10);
    private static final int HEADER_BYTES = 16 * 1024;
    /** Bodies slower than this are cut off (Slack and PagerDuty send theirs in one go). */
    private static final long MIN_BYTES_PER_SECOND = 1024;
    /**
     * Jetty pads its queues by the object references in a cache line; without this property it asks the
     * platform MBean server for the reference size, and creating that server is a twentieth of a second of
     * startup. 64-byte lines hold 16 compressed references (any heap under 32 GB) or 8 plain ones.
     */
    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, Runtime.getRuntime().maxMemory() < (32L << 30) ? "16" : "8");
        }
    }

    private final Server server;
    private final ServerConnector connector;

    private HttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /**
     * Routes to serve. The Jetty server itself (threads, connector, their classes) is made when the builder is,
     * so startup can build it while the store is still opening; nothing listens before {@link #start}.
     */
    public static final class Builder {
        private final Map<String, HttpServlet> routes = new LinkedHashMap<>();
        private final Server server;
        private final ServerConnector connector;
        private Duration stopTimeout = Duration.ofSeconds(20);

        private Builder() {
            QueuedThreadPool threads = new QueuedThreadPool(64, 8);
            threads.setName("nexus-http");
            server = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setRequestHeaderSize(HEADER_BYTES);
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setIdleTimeout(IDLE.toMillis());
            connector.addBean(new SlowSenders(server.getScheduler(), HEADER_DEADLINE));
            server.addConnector(connector);
        }

        public Builder route(String path, HttpServlet servlet) {
            routes.put(path, servlet);
            return this;
        }

        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        public HttpServer start(String host, int port) throws Exception {
            connector.setHost(host);
            connector.setPort(port);
            ServletContextHandler context = new ServletContextHandler();
            routes.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
            server.setHandler(new GracefulHandler(new MinimumDataRateHandler(context, MIN_BYTES_PER_SECOND, 0)));
            server.setStopTimeout(stopTimeout.toMillis());
            server.setStopAtShutdown(false);
            server.start();
            return new HttpServer(server, connector);
        }
    }
}
