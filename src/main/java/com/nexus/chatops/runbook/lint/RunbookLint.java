package com.nexus.chatops.runbook.lint;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.runbook.CatalogCheck;
import com.nexus.chatops.runbook.Problem;
import com.nexus.chatops.runbook.ReadResult;
import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.RunbookFile;
import com.nexus.chatops.runbook.RunbookReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything that can be wrong with a runbooks directory, at once: YAML and schema, duplicate ids, run lines and
 * patterns, services and severities against nexus.yml (and nexus.yml's runbook lists against the directory), and
 * every cited section against the seeds.
 */
public final class RunbookLint {
    private RunbookLint() {}

    /**
     * @param config     the catalog the runbooks are checked against
     * @param configFile where it was read from, to name in problems about its runbook lists
     * @param seedsDir   the seed runbooks the citations refer to
     */
    public static LintReport lint(Path dir, NexusConfig config, Path configFile, Path seedsDir) {
        ReadResult read = RunbookReader.read(dir);
        List<Problem> problems = new ArrayList<>(read.problems());
        CatalogCheck catalog = new CatalogCheck(config);
        problems.addAll(catalog.check(read.files()));
        Set<String> ids = read.runbooks().stream().map(Runbook::id).collect(Collectors.toSet());
        problems.addAll(catalog.listedRunbooks(ids, configFile, dir));
        try {
            CitationCheck citations = new CitationCheck(SeedIndex.load(seedsDir));
            for (RunbookFile file : read.files()) {
                problems.addAll(citations.check(file));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(seedsDir, 0, "", "no such directory: the seed runbooks that runbooks cite"
                    + " are looked up here (--seeds DIR)"));
        }
        return new LintReport(problems, read.files().size());
    }
}
