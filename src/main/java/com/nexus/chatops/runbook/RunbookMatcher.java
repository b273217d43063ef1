package com.nexus.chatops.runbook;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the runbooks for a page or a declared incident, best first. A pattern found in the title or alert name
 * counts most; then nexus.yml's {@code runbooks:} for the service (in its order); then the more specific pattern
 * (the longer text it found); then the runbook being written for the service. A runbook written for other services
 * is not offered for this one unless nexus.yml lists it for it; one without patterns, written for the service,
 * is offered for any incident on it (a first look when nothing more specific fits).
 */
public final class RunbookMatcher {
    /** Titles are matched on their first 500 characters: enough for any page, and bounded work per pattern. */
    static final int MAX_TEXT = 500;
    private static final int SHOWN = 120;
    private static final Comparator<RunbookMatch> BEST_FIRST = Comparator
            .comparing(RunbookMatch::patternFound).reversed()
            .thenComparingInt(RunbookMatch::listedAt)
            .thenComparing(Comparator.comparingInt(RunbookMatch::matchedLength).reversed())
            .thenComparing(Comparator.comparing(RunbookMatch::writtenFor).reversed())
            .thenComparing(m -> m.runbook().id());

    private final Runbooks runbooks;
    private final NexusConfig config;

    public RunbookMatcher(Runbooks runbooks, NexusConfig config) {
        this.runbooks = runbooks;
        this.config = config;
    }

    /** Every runbook that fits, best first; empty when none does. */
    public List<RunbookMatch> rank(MatchQuery query) {
        List<RunbookMatch> matches = new ArrayList<>();
        for (Runbook runbook : runbooks.all()) {
            reasons(runbook, query).ifPresent(r -> matches.add(new RunbookMatch(runbook, r)));
        }
        matches.sort(BEST_FIRST);
        return matches;
    }

    public Optional<RunbookMatch> best(MatchQuery query) {
        return rank(query).stream().findFirst();
    }

    private Optional<List<MatchReason>> reasons(Runbook runbook, MatchQuery query) {
        List<MatchReason> reasons = new ArrayList<>();
        Optional<MatchReason> found = found(runbook, query);
        found.ifPresent(reasons::add);
        Optional<String> service = query.service();
        int listed = service.flatMap(config::service).map(Service::runbooks).map(l -> l.indexOf(runbook.id()))
                .orElse(-1);
        if (listed >= 0) {
            reasons.add(new MatchReason.ListedForService(service.get(), listed + 1));
        }
        List<String> writtenFor = runbook.match().services();
        boolean written = service.map(writtenFor::contains).orElse(false);
        if (written) {
            reasons.add(new MatchReason.WrittenForService(service.get()));
        }
        boolean otherServices = service.isPresent() && !writtenFor.isEmpty() && !written;
        // Being written for the service is evidence only for a runbook that has nothing else to go by (a first
        // look at any service); for an alert runbook it narrows, and a pattern or nexus.yml has to point at it.
        boolean evidence = found.isPresent() || listed >= 0
                || (written && runbook.match().patterns().isEmpty());
        if (!evidence || (otherServices && listed < 0)) {
            return Optional.empty();
        }
        return Optional.of(reasons);
    }

    /** The pattern that found the longest text in the title or the alert name. */
    private static Optional<MatchReason> found(Runbook runbook, MatchQuery query) {
        MatchReason.PatternFound best = null;
        for (Pattern pattern : runbook.match().patterns()) {
            for (String field : List.of("title", "alert name")) {
                Optional<String> text = field.equals("title") ? query.title() : query.alert();
                if (text.isEmpty()) {
                    continue;
                }
                String bounded = text.get().length() > MAX_TEXT ? text.get().substring(0, MAX_TEXT) : text.get();
                Matcher m = pattern.matcher(bounded);
                if (m.find() && (best == null || m.group().length() > best.matched().length())) {
                    best = new MatchReason.PatternFound(field, shown(bounded), pattern.pattern(), m.group());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1) + "\u2026";
    }
}
