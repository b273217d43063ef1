package com.nexus.chatops.bench.side;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One wrk run of signed commands at a fixed concurrency; the figures come from bench/wrk/commands.lua's done(). */
final class Wrk {
    private final Path script;

    Wrk(Path script) {
        this.script = script;
    }

    record Result(long requests, double seconds, double p50Ms, double p99Ms, double maxMs, long busy, long non200,
                  long inAck, long socketErrors, boolean exhausted) {
        double perSecond() {
            return requests / seconds;
        }

        /** Acks that said "received" (200, not "busy"). */
        long acked() {
            return requests - busy - non200;
        }
    }

    Result run(int port, Path commands, int connections, int seconds) throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        List<String> cmd = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "30s",
                "-s", script.toString(), "http://127.0.0.1:" + port + "/slack/events", "--", commands.toString(),
                Integer.toString(threads));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        Files.deleteIfExists(commands);
        String line = out.lines().filter(l -> l.startsWith("BENCH ")).findFirst()
                .orElseThrow(() -> new IOException("wrk printed no figures: " + out));
        Map<String, Long> f = new HashMap<>();
        for (String kv : line.substring(6).trim().split(" ")) {
            String[] parts = kv.split("=");
            f.put(parts[0], Long.parseLong(parts[1]));
        }
        return new Result(f.get("requests"), f.get("duration_us") / 1e6, f.get("p50_us") / 1000.0,
                f.get("p99_us") / 1000.0, f.get("max_us") / 1000.0, f.get("busy"), f.get("non200"), f.get("in_ack"),
                f.get("connect") + f.get("read") + f.get("write") + f.get("timeout"), f.get("exhausted") > 0);
    }
}
