package com.nexus.chatops.bench.side;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The one markdown table: each cell is the median over rounds with the range in brackets, and the last two
 * columns divide nexus's median by the floor's and by Bolt-JS's.
 */
final class Table {
    private final Map<String, List<Session.Figures>> byApp;
    private final List<String> columns;
    private final StringBuilder out = new StringBuilder();

    Table(Map<String, List<Session.Figures>> byApp) {
        this.byApp = byApp;
        this.columns = List.of(Contender.FLOOR, Contender.BOLT_JS, Contender.NEXUS);
    }

    String render(List<Integer> runLevels) {
        List<Integer> levels = runLevels.stream().distinct().toList(); // a soak repeats a level; its last run counts
        out.append("| | ").append(String.join(" | ", columns)).append(" | nexus ÷ floor | nexus ÷ Bolt-JS |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (int c : levels) {
            row("req/s @" + c, "%,.0f", f -> level(f, c).perSecond());
        }
        for (int c : levels) {
            row("p50 ms @" + c, "%.1f", f -> level(f, c).p50Ms());
        }
        for (int c : levels) {
            row("p99 ms @" + c, "%.1f", f -> level(f, c).p99Ms());
        }
        for (int c : levels) {
            row("busy acks @" + c, "%.0f", f -> level(f, c).busy());
        }
        row("startup s: first answer", "%.2f", Session.Figures::firstAnswer);
        // nexus's readiness against the others' first answer: the acceptance compares exactly these two
        row("startup s: /readyz", "%.2f", Session.Figures::readyz, Session.Figures::firstAnswer);
        // started again in the same directory after the round: nexus's store is there and migrated, as after a
        // deploy or a crash; the others keep nothing, so theirs is another cold start
        row("restart s: first answer", "%.2f", f -> f.restart().firstAnswer());
        row("restart s: /readyz", "%.2f", f -> f.restart().readyz(), f -> f.restart().firstAnswer());
        row("RSS MB after start", "%.0f", Session.Figures::rssStart);
        row("RSS MB after load", "%.0f", Session.Figures::rssLoad);
        row("peak RSS MB", "%.0f", Session.Figures::rssPeak);
        row("acks, all levels", "%,.0f", f -> f.acked());
        row("answered via response_url or in the ack", "%,.0f", f -> f.answers() ? f.answered() : Double.NaN);
        row("acked but never answered", "%,.0f",
                f -> f.answers() ? Math.max(0, f.acked() - f.answered()) : Double.NaN);
        return out.toString();
    }

    private static Wrk.Result level(Session.Figures f, int c) {
        Wrk.Result r = f.levels().get(c);
        if (r == null) {
            throw new IllegalStateException("no run at concurrency " + c);
        }
        return r;
    }

    private void row(String label, String format, ToDoubleFunction<Session.Figures> figure) {
        row(label, format, figure, figure);
    }

    private void row(String label, String format, ToDoubleFunction<Session.Figures> figure,
                     ToDoubleFunction<Session.Figures> others) {
        List<String> cells = new ArrayList<>();
        for (String app : columns) {
            cells.add(cell(values(app, figure), format));
        }
        double nexus = median(values(Contender.NEXUS, figure));
        cells.add(ratio(nexus, median(values(Contender.FLOOR, others))));
        cells.add(ratio(nexus, median(values(Contender.BOLT_JS, others))));
        out.append("| ").append(label).append(" | ").append(String.join(" | ", cells)).append(" |\n");
    }

    private double[] values(String app, ToDoubleFunction<Session.Figures> figure) {
        List<Session.Figures> rounds = byApp.getOrDefault(app, List.of());
        return rounds.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    private static String cell(double[] sorted, String format) {
        if (sorted.length == 0) {
            return "—";
        }
        String median = String.format(format, median(sorted));
        if (sorted.length == 1) {
            return median;
        }
        return median + " (" + String.format(format, sorted[0]) + "–" + String.format(format, sorted[sorted.length - 1])
                + ")";
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "—" : String.format("%.2f×", a / b);
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
