package com.nexus.chatops.slack;

import com.nexus.chatops.core.Texts;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack mrkdwn helpers: escaping user text going out, and flattening mrkdwn for a terminal. */
public final class Mrkdwn {
    private static final Pattern LINK = Pattern.compile("<([^<>|]+)\\|([^<>]+)>");
    private static final Pattern BARE = Pattern.compile("<([@#!]?)([^<>|]+)>");
    private static final Pattern DATE = Pattern.compile("<!date\\^\\d+\\^[^|>]*\\|([^>]*)>");

    /** The emoji nexus itself uses, so a terminal shows a symbol rather than a shortcode. */
    private static final Map<String, String> EMOJI = Map.of(
            ":warning:", "⚠", ":x:", "✗", ":white_check_mark:", "✓", ":construction:", "…", ":hourglass:", "⌛",
            ":rotating_light:", "🚨", ":pager:", "📟", ":no_entry:", "⛔", ":pushpin:", "📌");

    private Mrkdwn() {}

    /**
     * Escapes the three characters Slack treats as control characters in mrkdwn (so no user text can mention
     * {@code <!channel>} or link), and drops bidirectional override characters.
     */
    public static String escape(String s) {
        return s == null ? "" : Texts.withoutBidi(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Text a responder wrote (update, summary, note, title), as mrkdwn: a person or channel mention stays a real
     * mention ({@code <@U…>}, {@code <#C…|name>}, the person's label dropped, a channel's kept only when it is a
     * plain name); a broadcast or user-group mention becomes plain "@here" / "@handle" text, so nobody is paged;
     * everything else, links included, is escaped as by {@link #escape}.
     */
    public static String escapeWritten(String written) {
        if (written == null) {
            return "";
        }
        return MentionMarkup.rewrite(Texts.withoutBidi(written), Mrkdwn::escape, m -> switch (m.kind()) {
            case PERSON -> "<@" + m.id() + ">";
            case CHANNEL -> "<#" + m.id() + (m.label() == null ? "" : "|" + m.label()) + ">";
            case BROADCAST, GROUP -> escape("@" + m.name());
        });
    }

    /**
     * Text a responder wrote, for a reader outside Slack (the status page, PagerDuty): people as "@name" (the id
     * when no plain name came with it), channels as "#name", broadcasts and groups as "@here" / "@handle";
     * everything else exactly as typed, {@code <}, {@code >} and {@code &} included.
     */
    public static String plainWritten(String written) {
        if (written == null) {
            return "";
        }
        return MentionMarkup.rewrite(Texts.withoutBidi(written), text -> text,
                m -> (m.kind() == MentionMarkup.Kind.CHANNEL ? "#" : "@") + m.name());
    }

    /** Turns Slack's mention, channel, link and date markup into what a reader would see. */
    public static String toPlain(String mrkdwn) {
        if (mrkdwn == null) {
            return "";
        }
        String s = DATE.matcher(mrkdwn).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(labelled(m.group(1), m.group(2))));
        s = BARE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals("!") ? "@" + m.group(2) : m.group(1) + m.group(2)));
        for (Map.Entry<String, String> e : EMOJI.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String labelled(String target, String label) {
        if (target.startsWith("@") || target.startsWith("#")) {
            return target.charAt(0) + label;
        }
        return label + " (" + target + ")";
    }
}
