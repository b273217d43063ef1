package com.nexus.chatops.packaging;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One RBAC permission: a verb on a resource (with its subresource, as RBAC writes it: deployments/scale) in an API
 * group ("" is the core group). Read from an HTTP request the way the API server's authorizer reads it.
 */
record RbacRule(String apiGroup, String resource, String verb) implements Comparable<RbacRule> {

    /** The permission a namespaced request needs; empty for a request outside a namespace (it needs a ClusterRole). */
    static Optional<RbacRule> of(String method, String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        List<String> parts = List.of(uri.getPath().replaceFirst("^/", "").split("/"));
        int ns = parts.indexOf("namespaces");
        if (ns < 0 || parts.size() < ns + 3) {
            return Optional.empty();
        }
        String group = parts.get(0).equals("api") ? "" : parts.get(1);
        List<String> rest = parts.subList(ns + 2, parts.size());
        String resource = rest.size() > 2 ? rest.get(0) + "/" + rest.get(2) : rest.get(0);
        boolean named = rest.size() > 1;
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        String verb = switch (method) {
            case "GET" -> named ? "get" : query.contains("watch=true") ? "watch" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> method.toLowerCase(java.util.Locale.ROOT);
        };
        return Optional.of(new RbacRule(group, resource, verb));
    }

    @Override
    public int compareTo(RbacRule o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return (apiGroup.isEmpty() ? "core" : apiGroup) + " " + resource + " " + verb;
    }
}
