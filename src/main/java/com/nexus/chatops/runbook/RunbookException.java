package com.nexus.chatops.runbook;

import java.util.List;

/** The runbooks could not be used; carries every problem, each naming its file and line. */
public class RunbookException extends RuntimeException {
    private final List<Problem> problems;

    public RunbookException(List<Problem> problems) {
        // No stack trace: this is a report for the person editing runbooks, not a bug report.
        super(String.join("\n", problems.stream().sorted().map(Problem::toString).toList()), null, false, false);
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
