package com.nexus.chatops.packaging;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields fabric8 could not place: it keeps a misspelt or misplaced key (livenesProbe, a probe under the pod) in the
 * object's additionalProperties instead of failing, so "it parsed" means "no object in the tree has any".
 */
final class UnknownFields {
    private UnknownFields() {}

    static List<String> in(Object root) {
        List<String> found = new ArrayList<>();
        walk(root, root.getClass().getSimpleName(), found, new IdentityHashMap<>());
        return found;
    }

    private static void walk(Object node, String path, List<String> found, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null || !node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String child = path + "." + m.getName().substring(3);
            if (m.getName().equals("getAdditionalProperties") && value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> found.add(path + ": unknown field '" + k + "'"));
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    walk(item, child + "[" + i++ + "]", found, seen);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> walk(v, child + "[" + k + "]", found, seen));
            } else {
                walk(value, child, found, seen);
            }
        }
    }
}
