package com.nexus.chatops.runbook;

import java.util.List;
import java.util.stream.Collectors;

/** A runbook offered for an incident, with every reason it was offered (never empty), strongest first. */
public record RunbookMatch(Runbook runbook, List<MatchReason> reasons) {
    public RunbookMatch {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a match needs a reason");
        }
    }

    /** "the title “Nexus API High Error Rate” matches /error[ _-]?rate/; nexus.yml lists it for core-api". */
    public String reason() {
        return reasons.stream().map(MatchReason::describe).collect(Collectors.joining("; "));
    }

    boolean patternFound() {
        return reasons.stream().anyMatch(r -> r instanceof MatchReason.PatternFound);
    }

    /** Where nexus.yml lists it for the service, 1 first; MAX_VALUE when it does not. */
    int listedAt() {
        return reasons.stream().filter(r -> r instanceof MatchReason.ListedForService)
                .mapToInt(r -> ((MatchReason.ListedForService) r).position()).min().orElse(Integer.MAX_VALUE);
    }

    boolean writtenFor() {
        return reasons.stream().anyMatch(r -> r instanceof MatchReason.WrittenForService);
    }

    /** Length of the longest text a pattern found: a longer match is a more specific one. */
    int matchedLength() {
        return reasons.stream().filter(r -> r instanceof MatchReason.PatternFound)
                .mapToInt(r -> ((MatchReason.PatternFound) r).matched().length()).max().orElse(0);
    }
}
