package com.nexus.chatops.bench.side;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of the side-by-side bench, `--name value` each; see bench/README.md.
 *
 * @param jvmFlags the flags of deploy/jvm.options (or of --jvm-options FILE; "none" for the JVM's defaults), given
 *                 to nexus and to the Bolt-Java floor alike
 */
record Options(Path repo, String mode, int rounds, int seconds, int warmupSeconds, List<Integer> levels,
               int ratePerSecond, List<String> apps, List<String> jvmFlags, String jvmOptionsName, int answerMs,
               int commands, int overSeconds) {

    static Options parse(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, found " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        Path repo = Path.of(o.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        String jvmOptions = o.getOrDefault("jvm-options", "deploy/jvm.options");
        List<String> flags = new ArrayList<>();
        String name = "JVM defaults";
        if (!jvmOptions.equals("none") && Files.exists(repo.resolve(jvmOptions))) {
            flags.add("@" + repo.resolve(jvmOptions));
            name = jvmOptions;
        }
        return new Options(repo, o.getOrDefault("mode", "side-by-side"),
                Integer.parseInt(o.getOrDefault("rounds", "3")),
                Integer.parseInt(o.getOrDefault("seconds", "8")),
                Integer.parseInt(o.getOrDefault("warmup", "5")),
                Arrays.stream(o.getOrDefault("levels", "1,16,64,256").split(",")).map(Integer::parseInt).toList(),
                Integer.parseInt(o.getOrDefault("rate", "24000")),
                List.of(o.getOrDefault("apps", "nexus,floor,js").split(",")),
                flags, name,
                Integer.parseInt(o.getOrDefault("answer-ms", "100")),
                Integer.parseInt(o.getOrDefault("commands", "1000")),
                Integer.parseInt(o.getOrDefault("over", "10")));
    }
}
