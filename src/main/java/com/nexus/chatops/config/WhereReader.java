package com.nexus.chatops.config;

import java.util.ArrayList;
import java.util.List;

/** Reads a rule's where: incident-channels, any, or a list of channels. */
final class WhereReader {
    private static final List<String> WORDS = List.of("incident-channels", "any");

    private WhereReader() {}

    static Where read(YamlCursor at) {
        if (at.blank()) {
            at.problem("is empty; write incident-channels, any, or a list of channels such as [\"#ops\"]"
                    + " (a channel name must be quoted, since # starts a YAML comment)");
            return Where.ANY;
        }
        if (at.absent()) {
            return Where.ANY;
        }
        if (at.isList()) {
            return Where.listed(channels(at));
        }
        String word = at.text().orElse("");
        if (word.equals("any")) {
            return Where.ANY;
        }
        if (word.equals("incident-channels")) {
            return Where.INCIDENT_CHANNELS;
        }
        if (Names.isChannel(word)) {
            return Where.listed(List.of(word));
        }
        at.problem("\"" + word + "\" is not a place" + Hints.hint(word, WORDS)
                + "; write incident-channels, any, or a list of channels");
        return Where.ANY;
    }

    private static List<String> channels(YamlCursor at) {
        List<String> channels = new ArrayList<>();
        for (YamlCursor item : at.sequence()) {
            item.text().ifPresent(channel -> {
                if (!Names.isChannel(channel) && !Names.matches(Names.SLACK_CHANNEL_NAME, "#" + channel)) {
                    item.problem("\"" + channel + "\" is not a channel; write a name such as \"#ops\" (quoted)"
                            + " or a channel id such as C0123456789");
                }
                channels.add(channel);
            });
        }
        return channels;
    }
}
