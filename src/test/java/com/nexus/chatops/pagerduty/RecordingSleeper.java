package com.nexus.chatops.pagerduty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notes each wait the client asks for instead of spending it. */
final class RecordingSleeper implements RetryPolicy.Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }
}
