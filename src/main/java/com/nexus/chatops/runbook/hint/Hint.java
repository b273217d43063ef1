package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.config.Replicas;
import com.nexus.chatops.runbook.Signal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition of a runbook step found true on live data, with the evidence in plain words for a view to show next
 * to the step. {@link #recommends()} is false for a hint that only informs (already at the replica maximum).
 */
public sealed interface Hint {
    Signal signal();

    String explain();

    default boolean recommends() {
        return true;
    }

    /** The read action (a catalog name such as {@code ecs.status}) whose output shows the evidence, if any. */
    default Optional<String> shownBy() {
        return Optional.empty();
    }

    /** The current rollout happened {@code before} the incident started, inside the window. */
    record RecentRollout(Rollout rollout, Duration before, Optional<Rollout> previous) implements Hint {
        @Override
        public Signal signal() {
            return Signal.RECENT_DEPLOY;
        }

        @Override
        public String explain() {
            boolean ecs = rollout.kind() == Rollout.Kind.ECS_DEPLOYMENT;
            return rollout.describe() + (ecs ? " deployed " : " rolled out ") + Durations.words(before)
                    + " before the incident started" + rollout.by().map(b -> ", by " + b).orElse("")
                    + previous.map(p -> ecs ? "; it replaces " + p.revision() : "; rolling back returns to "
                    + p.describe()).orElse("");
        }

        @Override
        public Optional<String> shownBy() {
            return Optional.of(rollout.kind().shownBy());
        }
    }

    /** Short of capacity and below the upper bound: scaling to {@code to} stays within nexus.yml's bounds. */
    record ScaleUp(String workload, int replicas, int to, Replicas bounds, List<String> evidence) implements Hint {
        @Override
        public Signal signal() {
            return Signal.RESOURCE_CONSTRAINT;
        }

        @Override
        public String explain() {
            return workload + " runs " + replicas + " of at most " + bounds.max() + " replicas and "
                    + String.join(", ", evidence) + "; scaling to " + to + " stays within its bounds ("
                    + bounds.min() + "\u2013" + bounds.max() + ")";
        }
    }

    /** Short of capacity but already at the upper bound: scaling is not the way out without a new bound. */
    record AtMaximum(String workload, int replicas, List<String> evidence) implements Hint {
        @Override
        public Signal signal() {
            return Signal.RESOURCE_CONSTRAINT;
        }

        @Override
        public String explain() {
            return workload + " already runs its maximum of " + replicas + " replicas (nexus.yml) and "
                    + String.join(", ", evidence) + "; scaling further needs a higher bound";
        }

        @Override
        public boolean recommends() {
            return false;
        }
    }

    /** Pods that restarted at least the threshold's number of times, lately. */
    record CrashLooping(List<PodState> pods) implements Hint {
        @Override
        public Signal signal() {
            return Signal.CRASH_LOOP;
        }

        @Override
        public String explain() {
            return pods.stream().map(p -> p.name() + " restarted " + p.restarts() + " times"
                            + p.lastTermination().map(t -> " (last: " + t + ")").orElse(""))
                    .collect(Collectors.joining("; "));
        }
    }

    /** Pods whose container was last killed for exceeding its memory limit. */
    record OutOfMemory(List<PodState> pods) implements Hint {
        @Override
        public Signal signal() {
            return Signal.OUT_OF_MEMORY;
        }

        @Override
        public String explain() {
            return pods.stream().map(p -> p.name() + " was " + PodState.OOM_KILLED + " (" + p.restarts()
                    + " restarts)").collect(Collectors.joining("; ")) + "; its memory limit is too low for its load";
        }
    }
}
