package com.nexus.chatops.incident;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** {@code <prefix>-YYYYMMDD-NNN}: the UTC day and that day's number, 001 first. */
public final class ChannelNames {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ChannelNames() {}

    public static String of(String prefix, LocalDate day, int seq) {
        return prefix + "-" + DAY.format(day) + "-" + String.format("%03d", seq);
    }
}
