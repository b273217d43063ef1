package com.nexus.chatops.store;

/** What every store contract needs from a backend under test. */
interface StoreBackend {

    /** URL of a store private to the current test; the same on every call within one test. */
    String storeUrl();

    /** The store opened on {@link #storeUrl()} for the current test; closed after it. */
    Database store();
}
