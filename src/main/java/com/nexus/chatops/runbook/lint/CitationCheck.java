package com.nexus.chatops.runbook.lint;

import com.nexus.chatops.runbook.Citation;
import com.nexus.chatops.runbook.Problem;
import com.nexus.chatops.runbook.RunbookFile;
import java.util.ArrayList;
import java.util.List;

/** Every section a runbook cites exists in the seeds, once. */
final class CitationCheck {
    private final SeedIndex seeds;

    CitationCheck(SeedIndex seeds) {
        this.seeds = seeds;
    }

    List<Problem> check(RunbookFile file) {
        List<Problem> problems = new ArrayList<>();
        List<Citation> sources = file.runbook().sources();
        for (int i = 0; i < sources.size(); i++) {
            SeedIndex.Resolution resolved = seeds.resolve(sources.get(i));
            if (resolved.heading().isEmpty()) {
                problems.add(file.problemAtSource(i, resolved.problem()));
            }
        }
        return problems;
    }
}
