package com.nexus.chatops;

import com.nexus.chatops.demo.DemoPage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `nexus demo`: the console against a sandbox — a Kubernetes API seeded with the platform's services, a PagerDuty
 * fake, SQLite in a temporary directory — after a simulated page has opened an incident through the real webhook.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Try nexus with no credentials: a sandbox cluster, a PagerDuty fake and SQLite in a temporary"
                + " directory; a simulated \"" + DemoPage.TITLE + "\" page for core-api opens an incident, then"
                + " you type /nexus commands as the configured responder (exit to leave).",
                "Nothing outside this process is touched; everything goes away when it ends."})
final class DemoCommand implements Callable<Integer> {
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Option(names = "--script", description = "Play the walkthrough instead of reading stdin: history,"
            + " rollback preview, confirm, rollout, status update, resolve, postmortem. Exit 0 when every step"
            + " succeeded, 1 naming the first that did not.")
    boolean script;

    @Override
    public Integer call() throws Exception {
        // the conversation is the point: the store's and Jetty's start-up lines stay out of it unless asked for
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        // the sandbox's classes are loaded from here on only: picocli makes this command for serve's --help too
        return new DemoRun(script).call();
    }
}
