package com.nexus.chatops.action.aws;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Runs one of the SDK's waiters against a deadline instead of its fixed attempt count. The waiter stops at the
 * first poll that fails; a poll that timed out after the SDK's own retries does not end a deployment or a
 * snapshot, so the wait resumes with what is left of the deadline. Other failures are the caller's error.
 */
final class WaiterLoop {
    enum End { SUCCESS, FAILED, DEADLINE }

    private WaiterLoop() {}

    /**
     * @param waitFor runs the waiter with the configuration given
     * @param seen whether a poll has answered yet (before that, any failure is the command's failure)
     * @param failed whether the last answer is a failure state; may throw when it says the target is gone
     */
    static End run(AwsCall call, Duration deadline, AwsSettings settings, Consumer<WaiterOverrideConfiguration> waitFor,
                   BooleanSupplier seen, BooleanSupplier failed) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            try {
                waitFor.accept(config(Duration.ofNanos(end - System.nanoTime()), settings));
                return End.SUCCESS;
            } catch (SdkException e) {
                if (!seen.getAsBoolean()) {
                    throw AwsErrors.map(call, e);
                }
                if (failed.getAsBoolean()) {
                    return End.FAILED;
                }
                // no cause: the waiter's own "exceeded the max wait time"
                if (Thread.currentThread().isInterrupted() || System.nanoTime() - end >= 0 || e.getCause() == null) {
                    return End.DEADLINE;
                }
                if (!AwsErrors.timedOut(e)) {
                    throw AwsErrors.map(call, e);
                }
            }
        }
    }

    private static WaiterOverrideConfiguration config(Duration left, AwsSettings settings) {
        WaiterOverrideConfiguration.Builder config = WaiterOverrideConfiguration.builder()
                .maxAttempts(Integer.MAX_VALUE).waitTimeout(left.isNegative() ? Duration.ZERO : left);
        settings.pollInterval().ifPresent(i -> config.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(i)));
        return config.build();
    }
}
