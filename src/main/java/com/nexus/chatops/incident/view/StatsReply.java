package com.nexus.chatops.incident.view;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.IncidentStats.Row;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.Sections;
import com.nexus.chatops.slack.SlackDates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** `/nexus stats`: one line per severity, in a code block so the columns line up. */
public final class StatsReply {
    private StatsReply() {
    }

    public static Reply of(int days, Instant from, List<Row> rows, Row total) {
        StringBuilder table = new StringBuilder(String.format("%-10s %8s %8s %5s %12s %12s%n",
                "severity", "declared", "resolved", "open", "MTTA", "MTTR"));
        for (Row r : rows) {
            table.append(line(r.severity().toUpperCase(Locale.ROOT), r));
        }
        table.append(line("all", total));
        String text = "*Incidents in the last " + days + (days == 1 ? " day" : " days") + "* (since "
                + SlackDates.at(from) + ")\n```" + Mrkdwn.escape(table.toString().stripTrailing()) + "```\n"
                + "_MTTA: mean time to acknowledge (acknowledged incidents). MTTR: mean time to resolve"
                + " (resolved incidents)._";
        return Reply.ephemeral(Mrkdwn.toPlain(text), Sections.of(text));
    }

    private static String line(String label, Row r) {
        String name = Texts.cut(label, 10);
        return String.format("%-10s %8d %8d %5d %12s %12s%n", name, r.declared(), r.resolved(), r.open(),
                human(r.mtta()), human(r.mttr()));
    }

    private static String human(Optional<Duration> d) {
        return d.map(SlackDates::duration).orElse("—");
    }
}
