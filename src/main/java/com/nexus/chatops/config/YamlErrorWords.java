package com.nexus.chatops.config;

/** Plain-language versions of the YAML parser's complaints, for the mistakes people actually make. */
final class YamlErrorWords {
    private YamlErrorWords() {}

    /**
     * @param context what the parser was inside of ("while parsing a block mapping"), may be null
     * @param contextAt where that started, as "line L, column C", may be null
     * @param problem the parser's problem text
     */
    static String explain(String context, String contextAt, String problem) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        String since = contextAt == null ? "" : " (the block started at " + contextAt + ")";
        if (p.contains("\\t(TAB)") || p.contains("(TAB)")) {
            return "a tab is used for indentation; YAML allows only spaces";
        }
        if (p.startsWith("expected <block end>") && c.contains("block collection")) {
            return "this line does not fit the list above it" + since
                    + "; list items start with \"- \" in the same column";
        }
        if (p.startsWith("expected <block end>")) {
            return "bad indentation: this line does not line up with the lines above it" + since
                    + "; keys of the same mapping must start in the same column";
        }
        if (p.startsWith("mapping values are not allowed here")) {
            return "unexpected \":\": check the indentation of this line, or quote a value that contains \": \"";
        }
        if (p.startsWith("could not find expected ':'")) {
            return "expected a \"key: value\" line; a colon seems to be missing" + since;
        }
        if (c.contains("flow sequence")) {
            return "a list opened with \"[\"" + from(contextAt) + " is not closed with \"]\"";
        }
        if (c.contains("flow mapping")) {
            return "a mapping opened with \"{\"" + from(contextAt) + " is not closed with \"}\"";
        }
        if (c.contains("flow node")) {
            return "a value is missing inside [ ] or { }";
        }
        if (c.contains("quoted scalar")) {
            return "a quoted value" + from(contextAt) + " has no closing quote";
        }
        if (p.contains("found undefined alias") || p.contains("found undefined anchor")) {
            return "refers to an anchor (*name) that is not defined";
        }
        return "is not valid YAML: " + plain(c.isEmpty() ? p : c + ", " + p);
    }

    private static String from(String contextAt) {
        return contextAt == null ? "" : " at " + contextAt;
    }

    private static String plain(String text) {
        return text.replace("<", "").replace(">", "").replaceAll("\\s+", " ").trim();
    }
}
