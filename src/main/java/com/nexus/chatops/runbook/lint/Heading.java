package com.nexus.chatops.runbook.lint;

import java.util.List;

/**
 * A Markdown heading of a seed: its level (number of #), its title as written, its path of normalised titles from
 * the document's top to itself, and its line.
 */
public record Heading(String seed, int level, String title, List<String> path, int line) {
    public Heading {
        path = List.copyOf(path);
    }

    /** "6. Incident Response > 6.2 Incident Process", the way a citation may write it. */
    public String describe() {
        return String.join(" > ", path.subList(Math.min(1, path.size() - 1), path.size()));
    }

    public boolean within(Heading ancestor) {
        return seed.equals(ancestor.seed) && path.size() >= ancestor.path.size()
                && path.subList(0, ancestor.path.size()).equals(ancestor.path);
    }
}
