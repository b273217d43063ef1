package com.nexus.chatops.packaging;

import com.slack.api.bolt.App;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.Methods;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.Event;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How nexus uses Slack, read from the compiled classes: the Web API methods it calls (through Bolt's MethodsClient or
 * AsyncMethodsClient, including the calls Bolt's built-in middleware makes), the events it registers listeners for,
 * and how many listeners of each kind it registers on Bolt's App (command, messageShortcut, blockAction, …).
 */
final class SlackUsage {
    private static final String ROOT = "com.nexus.chatops";
    private static final Map<String, String> API_NAMES = apiNames();

    final Set<String> webApiMethods = new TreeSet<>();
    final Set<String> events = new TreeSet<>();
    final Map<String, Integer> listeners = new TreeMap<>();

    private static SlackUsage read;

    private SlackUsage() {}

    /** Read once per test run: importing the classes is the slow part, and they do not change during it. */
    static synchronized SlackUsage read() {
        if (read == null) {
            read = readClasses();
        }
        return read;
    }

    /**
     * Imports only the named packages: resolving every referenced class from the classpath (Bolt, fabric8, …) would
     * take most of a minute and adds nothing, since types outside are compared by name or through reflection.
     */
    private static SlackUsage readClasses() {
        ArchConfiguration archunit = ArchConfiguration.get();
        boolean resolve = archunit.resolveMissingDependenciesFromClassPath();
        archunit.setResolveMissingDependenciesFromClassPath(false);
        try {
            return readImported();
        } finally {
            archunit.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    private static SlackUsage readImported() {
        SlackUsage usage = new SlackUsage();
        JavaClasses nexus = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        JavaClasses middleware = new ClassFileImporter().importPackages("com.slack.api.bolt.middleware.builtin");
        for (JavaClasses classes : new JavaClasses[] {nexus, middleware}) {
            for (JavaClass c : classes) {
                for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                    if (isWebApiClient(call.getTargetOwner())) {
                        usage.webApiMethods.addAll(slackMethods(call.getName()));
                    }
                }
            }
        }
        for (JavaClass c : nexus) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().getName().equals(App.class.getName())) {
                    usage.listeners.merge(call.getName(), 1, Integer::sum);
                    if (call.getName().equals("event")) {
                        usage.events.addAll(eventTypes(call.getOrigin()));
                    }
                }
            }
        }
        return usage;
    }

    private static boolean isWebApiClient(JavaClass owner) {
        return isA(owner, MethodsClient.class) || isA(owner, AsyncMethodsClient.class);
    }

    private static boolean isA(JavaClass type, Class<?> expected) {
        try {
            return expected.isAssignableFrom(Class.forName(type.getName(), false, SlackUsage.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The Slack method a client method stands for (chatPostMessage → chat.postMessage, by Bolt's {@link Methods}
     * constants); for a client method that is no single Slack method (filesUploadV2), the Slack methods the SDK's
     * implementation of it calls, followed through the SDK's classes.
     */
    static Set<String> slackMethods(String clientMethod) {
        if (API_NAMES.containsKey(key(clientMethod))) {
            return Set.of(API_NAMES.get(key(clientMethod)));
        }
        JavaClasses sdk = new ClassFileImporter().importPackages("com.slack.api.methods.impl");
        Set<String> found = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>();
        sdk.get("com.slack.api.methods.impl.MethodsClientImpl").getMethods().stream()
                .filter(m -> m.getName().equals(clientMethod)).forEach(todo::add);
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit.getFullName())) {
                continue;
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                String api = API_NAMES.get(key(call.getName()));
                if (api != null && isWebApiClient(call.getTargetOwner())) {
                    found.add(api);
                } else if (call.getTargetOwner().getPackageName().equals("com.slack.api.methods.impl")) {
                    call.getTarget().resolveMember().ifPresent(todo::add);
                } else if (isWebApiClient(call.getTargetOwner())) {
                    sdk.get("com.slack.api.methods.impl.MethodsClientImpl").getMethods().stream()
                            .filter(m -> m.getName().equals(call.getName())).forEach(todo::add);
                }
            }
        }
        if (found.isEmpty()) {
            throw new AssertionError("nexus calls " + clientMethod + " on Bolt's Web API client, and neither it nor"
                    + " what the SDK does for it is a Slack method this test knows: teach SlackUsage about it");
        }
        return found;
    }

    private static Set<String> eventTypes(JavaCodeUnit registering) {
        Set<String> types = new TreeSet<>();
        registering.getReferencedClassObjects().stream()
                .map(ref -> ref.getRawType())
                .filter(t -> isA(t, Event.class))
                .forEach(t -> types.add(typeName(t.getName())));
        if (types.isEmpty()) {
            throw new AssertionError(registering.getFullName() + " registers an event listener whose event class"
                    + " it does not name: SlackUsage cannot tell which event it is");
        }
        return types;
    }

    private static String typeName(String eventClass) {
        try {
            return (String) Class.forName(eventClass).getField("TYPE_NAME").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(eventClass + " has no TYPE_NAME", e);
        }
    }

    private static Map<String, String> apiNames() {
        Map<String, String> names = new HashMap<>();
        for (Field f : Methods.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    String api = (String) f.get(null);
                    names.put(key(api), api);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static String key(String name) {
        return name.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
