package com.nexus.chatops.action.aws;

import com.nexus.chatops.core.NexusException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns every SDK failure into a NexusException a responder can act on; nothing from the SDK gets past here. */
final class AwsErrors {
    private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
            "AuthorizationError", "UnauthorizedException");
    private static final Set<String> BAD_CREDENTIALS = Set.of("UnrecognizedClientException", "InvalidClientTokenId",
            "ExpiredToken", "ExpiredTokenException", "SignatureDoesNotMatch", "InvalidSignatureException",
            "IncompleteSignature", "MissingAuthenticationToken");
    private static final Pattern DENIED_ACTION = Pattern.compile("perform: ([A-Za-z0-9-]+:[A-Za-z0-9]+)");
    private static final Pattern DENIED_RESOURCE = Pattern.compile("on resource: (\\S+?)(?= because|\\s|$)");
    private static final Pattern DENIED_WHO = Pattern.compile("^User: (\\S+) is not authorized");
    private static final Pattern DENIED_WHY = Pattern.compile("because (.+?)\\.?$");

    private AwsErrors() {}

    static <T> T call(AwsCall call, Supplier<T> body) {
        try {
            return body.get();
        } catch (SdkException e) {
            throw map(call, e);
        }
    }

    static NexusException map(AwsCall call, SdkException e) {
        return new NexusException(message(call, e), e);
    }

    static String message(AwsCall call, Throwable e) {
        String unsure = call.write() ? "; the change may or may not have been applied: check `" + check(call)
                + "` before retrying" : "";
        AwsServiceException service = find(e, AwsServiceException.class);
        if (service != null) {
            return serviceMessage(call, service, unsure);
        }
        if (timedOut(e)) {
            return "AWS " + call.service() + " did not answer in time when nexus called " + call.action() + " on "
                    + call.subject() + unsure;
        }
        if (causes(e).anyMatch(t -> String.valueOf(t.getMessage()).startsWith("Unable to load credentials"))) {
            return AwsSetup.notConfigured(AwsSetup.NO_CREDENTIALS);
        }
        if (find(e, UnknownHostException.class) != null || find(e, ConnectException.class) != null) {
            return "nexus could not reach AWS " + call.service() + " in " + call.region() + " when it called "
                    + call.action() + " (" + shorten(root(e)) + ")" + unsure;
        }
        return "The call to " + call.action() + " on " + call.subject() + " failed: " + shorten(root(e)) + unsure;
    }

    private static String serviceMessage(AwsCall call, AwsServiceException e, String unsure) {
        // an answer with no error code (a bare 404 or 502 from a proxy) is named by its HTTP status
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "HTTP " + e.statusCode() : e.awsErrorDetails().errorCode();
        String said = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? ""
                : e.awsErrorDetails().errorMessage();
        if (DENIED.contains(code)) {
            return denied(call, said);
        }
        if (e.isThrottlingException()) {
            return "AWS kept throttling nexus's " + call.action() + " calls (" + attempts(e) + " attempts with"
                    + " backoff) and nothing was done; try again in a minute";
        }
        if (BAD_CREDENTIALS.contains(code)) {
            return "AWS rejected nexus's credentials (" + code + ": " + shorten(said) + ") when it called "
                    + call.action() + "; check the key, profile or role nexus runs with";
        }
        if (call.missing().containsKey(code)) {
            return notFound(call, code);
        }
        if (e.statusCode() >= 500) {
            return "AWS " + call.service() + " failed (" + code + ", HTTP " + e.statusCode() + ") when nexus called "
                    + call.action() + " on " + call.subject() + ": " + shorten(said) + unsure;
        }
        return "AWS " + call.service() + " refused " + call.action() + " on " + call.subject() + ": " + code
                + (said.isBlank() ? "" : " — " + shorten(said));
    }

    /** For an error code (or ECS's MISSING failure) that says the thing nexus.yml names does not exist. */
    static String notFound(AwsCall call, String code) {
        return call.missing().getOrDefault(code, call.subject()) + " was not found in " + call.region()
                + "; check the service's aws section in nexus.yml (the names, and aws.region)";
    }

    /** AWS names the action and resource it refused; the policy to change is nexus's own. */
    private static String denied(AwsCall call, String said) {
        String action = group(DENIED_ACTION, said).orElse(call.action());
        String resource = group(DENIED_RESOURCE, said).orElse(call.resource());
        String who = group(DENIED_WHO, said).map(w -> " for " + w).orElse("");
        String why = group(DENIED_WHY, said).map(w -> ": " + w).orElse("");
        return "nexus may not call " + action + " on " + resource + " (AWS denied it" + who + why + "); grant "
                + action + " in nexus's IAM policy — deploy/iam-policy.json lists every action nexus calls";
    }

    private static java.util.Optional<String> group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String check(AwsCall call) {
        return call.action().startsWith("rds:") ? "rds status" : "ecs status";
    }

    private static int attempts(SdkException e) {
        return e.numAttempts() == null ? 1 : e.numAttempts();
    }

    static boolean timedOut(Throwable e) {
        return find(e, ApiCallTimeoutException.class) != null || find(e, ApiCallAttemptTimeoutException.class) != null
                || find(e, InterruptedIOException.class) != null;
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        return causes(e).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** The exception and its causes; a waiter wraps the failure of the call it made. */
    private static Stream<Throwable> causes(Throwable e) {
        return Stream.iterate(e, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    private static String root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ').strip();
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }
}
