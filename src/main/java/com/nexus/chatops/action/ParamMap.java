package com.nexus.chatops.action;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds a request's sorted parameter map; an absent value leaves no key, as stored rows expect. */
final class ParamMap {
    private final TreeMap<String, String> map = new TreeMap<>();

    private ParamMap() {
    }

    static ParamMap of() {
        return new ParamMap();
    }

    static ParamMap of(String key, String value) {
        return new ParamMap().with(key, Optional.of(value));
    }

    static SortedMap<String, String> none() {
        return Collections.emptySortedMap();
    }

    ParamMap with(String key, Optional<String> value) {
        value.ifPresent(v -> map.put(key, v));
        return this;
    }

    ParamMap flag(String key, boolean on) {
        return with(key, on ? Optional.of("true") : Optional.empty());
    }

    SortedMap<String, String> sorted() {
        return Collections.unmodifiableSortedMap(map);
    }
}
