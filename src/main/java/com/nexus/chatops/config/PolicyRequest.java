package com.nexus.chatops.config;

import java.util.SortedMap;

/**
 * What a policy rule is asked about: an action name from {@link Actions}, the service it acts on (null when it
 * names none) and its parameters by name, as the audit log records them. Infrastructure and PagerDuty requests
 * are typed records of this; incident commands can become requests the same way.
 */
public interface PolicyRequest {
    String action();

    String service();

    SortedMap<String, String> params();
}
