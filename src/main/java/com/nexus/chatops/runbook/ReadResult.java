package com.nexus.chatops.runbook;

import java.util.List;

/** What reading a runbooks directory gave: the files that could be read, and every problem found on the way. */
public record ReadResult(List<RunbookFile> files, List<Problem> problems) {
    public ReadResult {
        files = List.copyOf(files);
        problems = problems.stream().sorted().toList();
    }

    public List<Runbook> runbooks() {
        return files.stream().map(RunbookFile::runbook).toList();
    }
}
