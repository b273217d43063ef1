package com.nexus.chatops.slack;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's mention markup inside text a responder wrote (already unescaped by the parser, so it looks the same
 * whether Slack sent it for a real mention or the responder typed it): a person, a channel, a broadcast or a user
 * group. Only these four shapes with strict ids count; anything else in angle brackets is the writer's own text.
 */
final class MentionMarkup {
    /** A user id, a channel id, a broadcast word or a user-group id, each with an optional label. */
    private static final Pattern MENTION = Pattern.compile("<(?:@(" + SlackIds.USER_ID + ")|#(C[A-Z0-9]{2,})"
            + "|!(here|channel|everyone)|!subteam\\^(S[A-Z0-9]{2,}))(?:\\|([^<>]*))?>");
    /** What a label may hold to be shown at all: letters, digits, '.', '_' and '-' (no markup, no spaces). */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,80}");

    enum Kind { PERSON, CHANNEL, BROADCAST, GROUP }

    /**
     * @param id    the Slack id; for a broadcast the word ("here", "channel", "everyone")
     * @param label the name that came with it when it is a plain name (a group's without its '@'), else null
     */
    record Mention(Kind kind, String id, String label) {
        /** The label when there is one, else the id: what a reader outside Slack is shown after '@' or '#'. */
        String name() {
            return label == null ? id : label;
        }
    }

    private MentionMarkup() {}

    /** Rewrites each mention with {@code mention} and every stretch of text between them with {@code text}. */
    static String rewrite(String written, Function<String, String> text, Function<Mention, String> mention) {
        Matcher m = MENTION.matcher(written);
        StringBuilder out = new StringBuilder(written.length() + 16);
        int last = 0;
        while (m.find()) {
            out.append(text.apply(written.substring(last, m.start()))).append(mention.apply(of(m)));
            last = m.end();
        }
        return out.append(text.apply(written.substring(last))).toString();
    }

    private static Mention of(Matcher m) {
        String label = m.group(5);
        if (m.group(1) != null) {
            return new Mention(Kind.PERSON, m.group(1), name(label));
        }
        if (m.group(2) != null) {
            return new Mention(Kind.CHANNEL, m.group(2), name(label));
        }
        if (m.group(3) != null) {
            return new Mention(Kind.BROADCAST, m.group(3), null);
        }
        String handle = label != null && label.startsWith("@") ? label.substring(1) : label;
        return new Mention(Kind.GROUP, m.group(4), name(handle));
    }

    private static String name(String label) {
        return label != null && NAME.matcher(label).matches() ? label : null;
    }
}
