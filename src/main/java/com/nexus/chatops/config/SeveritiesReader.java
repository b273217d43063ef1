package com.nexus.chatops.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads severities:; when the section is left out, the runbook's sev1–sev4 apply. */
final class SeveritiesReader {
    private static final List<String> KEYS =
            List.of("description", "responseMinutes", "updateEveryMinutes", "page", "aliases");

    private SeveritiesReader() {}

    static Map<String, Severity> read(YamlCursor at) {
        if (at.absent()) {
            return DefaultSeverities.all();
        }
        Map<String, YamlCursor> entries = at.entries();
        if (entries.isEmpty()) {
            at.problem("no severities defined; remove the section to use sev1–sev4, or define at least one");
            return DefaultSeverities.all();
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        entries.forEach((name, entry) -> severities.put(name, severity(name, entry)));
        checkWords(at, severities);
        return severities;
    }

    private static Severity severity(String name, YamlCursor at) {
        if (!Names.matches(Names.SEVERITY_WORD, name)) {
            at.problem("\"" + name + "\" is not a usable severity name; use a lowercase word such as sev1");
        }
        at.mapping(KEYS);
        String description = at.key("description").text().orElse(name.toUpperCase(Locale.ROOT));
        int response = at.key("responseMinutes").integer().orElse(0);
        if (at.key("responseMinutes").absent()) {
            at.problem("\"responseMinutes\" is required (minutes within which someone must respond)");
        } else if (response <= 0) {
            at.key("responseMinutes").problem("must be more than 0, found " + response);
        }
        Integer updateEvery = at.key("updateEveryMinutes").integer().orElse(null);
        if (updateEvery != null && updateEvery <= 0) {
            at.key("updateEveryMinutes").problem("must be more than 0, or left out for no reminders; found "
                    + updateEvery);
        }
        boolean page = at.key("page").bool().orElse(false);
        List<String> aliases = new ArrayList<>();
        for (YamlCursor item : at.key("aliases").sequence()) {
            item.text().ifPresent(word -> {
                if (!Names.matches(Names.SEVERITY_WORD, word.toLowerCase(Locale.ROOT))) {
                    item.problem("\"" + word + "\" is not a usable word; use letters and digits, e.g. p1");
                }
                aliases.add(word.toLowerCase(Locale.ROOT));
            });
        }
        return new Severity(name, description, Math.max(response, 0), updateEvery, page, aliases);
    }

    /** Every name and alias must stand for exactly one severity, or "declare p1" would be ambiguous. */
    private static void checkWords(YamlCursor at, Map<String, Severity> severities) {
        Map<String, String> owner = new HashMap<>();
        severities.keySet().forEach(name -> owner.put(name, name));
        for (Severity severity : severities.values()) {
            for (String alias : severity.aliases()) {
                String previous = owner.putIfAbsent(alias, severity.name());
                if (previous != null) {
                    at.key(severity.name()).key("aliases").problem("\"" + alias + "\" already stands for "
                            + previous + "; each word may name only one severity");
                }
            }
        }
    }
}
