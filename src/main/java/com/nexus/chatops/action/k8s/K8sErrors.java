package com.nexus.chatops.action.k8s;

import com.nexus.chatops.core.NexusException;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.io.InterruptedIOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Turns every fabric8 failure into a NexusException a responder can act on; nothing from fabric8 gets past here. */
final class K8sErrors {
    private static final Set<String> WRITES = Set.of("patch", "update", "create", "delete");

    /** What nexus was doing, in RBAC words (verb, resource as in a Role rule) and in plain ones (subject). */
    record Op(String verb, String resource, String namespace, String subject) {
        boolean write() {
            return WRITES.contains(verb);
        }

        String attempt() {
            return verb + " " + resource + " in " + namespace;
        }
    }

    private K8sErrors() {}

    static <T> T call(Op op, Supplier<T> body) {
        try {
            return body.get();
        } catch (KubernetesClientException e) {
            throw map(op, e);
        }
    }

    static NexusException map(Op op, KubernetesClientException e) {
        return new NexusException(message(op, e), e);
    }

    static String message(Op op, KubernetesClientException e) {
        String unsure = op.write() ? "; the change may or may not have been applied: check `status` before retrying"
                : "";
        if (timedOut(e)) {
            return "The Kubernetes API did not answer in time when nexus tried to " + op.attempt() + unsure;
        }
        return switch (e.getCode()) {
            case 401 -> "The Kubernetes API rejected nexus's credentials (HTTP 401) when it tried to " + op.attempt()
                    + "; check the kubeconfig or service-account token";
            case 403 -> "nexus's service account may not " + op.attempt()
                    + " (RBAC: grant it \"" + op.verb() + "\" on " + op.resource() + " in that namespace)";
            case 404 -> op.subject() + " was not found in namespace " + op.namespace()
                    + " (or the namespace does not exist); check the service's kubernetes section in nexus.yml";
            case 409 -> op.subject() + " changed while nexus was updating it (someone else deployed or scaled?); "
                    + "nothing was applied: check `history` and try again";
            case 422 -> "Kubernetes refused the change to " + op.subject() + ": " + statusMessage(e);
            case 0 -> "nexus could not reach the Kubernetes API server when it tried to " + op.attempt() + " ("
                    + rootMessage(e) + ")" + unsure;
            default -> "The Kubernetes API failed with HTTP " + e.getCode() + " when nexus tried to " + op.attempt()
                    + ": " + statusMessage(e) + unsure;
        };
    }

    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KubernetesClientTimeoutException || t instanceof InterruptedIOException
                    || t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String statusMessage(KubernetesClientException e) {
        String text = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                : "no details given";
        return shorten(text);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return shorten(text);
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
