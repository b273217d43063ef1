package com.nexus.chatops.action.aws;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.waiters.CloudWatchWaiter;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.waiters.EcsWaiter;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.waiters.RdsWaiter;

/**
 * The IAM actions nexus's own code calls, read from its bytecode: every call on an ECS, RDS or CloudWatch
 * client (operations and paginators) or on one of their waiters (the operation each waiter polls).
 */
final class AwsCallsInCode {
    /** Each SDK client, its waiter, and the service prefix IAM names its actions with. */
    private static final Map<Class<?>, String> CLIENTS = Map.of(EcsClient.class, "ecs", RdsClient.class, "rds",
            CloudWatchClient.class, "cloudwatch");
    private static final Map<Class<?>, Class<?>> WAITERS = Map.of(EcsWaiter.class, EcsClient.class,
            RdsWaiter.class, RdsClient.class, CloudWatchWaiter.class, CloudWatchClient.class);

    private AwsCallsInCode() {}

    static Set<String> actions() {
        Set<String> actions = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.nexus.chatops.action.aws")) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                action(call).ifPresent(actions::add);
            }
        }
        return actions;
    }

    private static Optional<String> action(JavaMethodCall call) {
        Class<?> owner = call.getTarget().getOwner().reflect();
        String name = call.getTarget().getName();
        for (Map.Entry<Class<?>, String> client : CLIENTS.entrySet()) {
            if (client.getKey().isAssignableFrom(owner)) {
                return operation(client.getKey(), method(client.getKey(), call))
                        .map(op -> client.getValue() + ":" + op);
            }
        }
        for (Map.Entry<Class<?>, Class<?>> waiter : WAITERS.entrySet()) {
            if (waiter.getKey().isAssignableFrom(owner) && name.startsWith("waitUntil")) {
                Class<?> request = polledRequest(waiter.getKey(), name);
                Method polled = Arrays.stream(waiter.getValue().getMethods())
                        .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == request
                                && AwsResponse.class.isAssignableFrom(m.getReturnType()))
                        .findFirst().orElseThrow();
                return Optional.of(CLIENTS.get(waiter.getValue()) + ":" + capitalized(polled.getName()));
            }
        }
        return Optional.empty();
    }

    private static Method method(Class<?> client, JavaMethodCall call) {
        Class<?>[] parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::reflect)
                .toArray(Class<?>[]::new);
        try {
            return client.getMethod(call.getTarget().getName(), parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(call.getDescription(), e);
        }
    }

    /** An AWS operation, or a paginator over one; serviceName(), close() and the like are not. */
    private static Optional<String> operation(Class<?> client, Method m) {
        if (SdkIterable.class.isAssignableFrom(m.getReturnType()) && m.getName().endsWith("Paginator")) {
            return Optional.of(capitalized(m.getName().substring(0, m.getName().length() - "Paginator".length())));
        }
        return AwsResponse.class.isAssignableFrom(m.getReturnType()) ? Optional.of(capitalized(m.getName()))
                : Optional.empty();
    }

    private static Class<?> polledRequest(Class<?> waiter, String name) {
        return Arrays.stream(waiter.getMethods()).filter(m -> m.getName().equals(name) && m.getParameterCount() >= 1
                        && AwsRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
                .map(m -> m.getParameterTypes()[0]).findFirst().orElseThrow();
    }

    private static String capitalized(String method) {
        return Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }
}
