package com.nexus.chatops.runbook.lint;

import com.nexus.chatops.runbook.Problem;
import java.util.List;

/** What `nexus runbook lint` found: every problem (sorted by file and line) and how many runbooks it read. */
public record LintReport(List<Problem> problems, int runbooks) {
    public LintReport {
        problems = problems.stream().sorted().toList();
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
