package com.nexus.chatops.runbook.hint;

import java.time.Duration;

/**
 * The thresholds of the hints. Defaults from the seeds: a deploy within the hour before the incident is a suspect;
 * more than 3 restarts in 10 minutes is a crash loop (seed 000 "Nexus Pod CrashLooping").
 */
public record HintSettings(Duration deployWindow, int restartThreshold, Duration restartWindow) {
    public static final HintSettings DEFAULTS = new HintSettings(Duration.ofMinutes(60), 3, Duration.ofMinutes(10));

    public HintSettings {
        if (deployWindow.isNegative() || restartWindow.isNegative() || restartThreshold < 1) {
            throw new IllegalArgumentException("hint windows must not be negative and the threshold at least 1");
        }
    }
}
