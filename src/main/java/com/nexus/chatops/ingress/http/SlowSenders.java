package com.nexus.chatops.ingress.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that keeps sending bytes without ever completing a request: Jetty's idle timeout restarts
 * with every byte, so a sender trickling a header one byte at a time would otherwise hold it for hours.
 * Every {@code deadline} a connection must either have started a new request or have received nothing at all.
 */
final class SlowSenders implements Connection.Listener {
    private final Scheduler scheduler;
    private final Duration deadline;

    SlowSenders(Scheduler scheduler, Duration deadline) {
        this.scheduler = scheduler;
        this.deadline = deadline;
    }

    @Override
    public void onOpened(Connection connection) {
        check(connection, connection.getMessagesIn(), connection.getBytesIn());
    }

    private void check(Connection connection, long messages, long bytes) {
        scheduler.schedule(() -> {
            if (!connection.getEndPoint().isOpen()) {
                return;
            }
            long nowMessages = connection.getMessagesIn();
            long nowBytes = connection.getBytesIn();
            if (nowMessages == messages && nowBytes > bytes) {
                connection.getEndPoint().close();
                return;
            }
            check(connection, nowMessages, nowBytes);
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
}
