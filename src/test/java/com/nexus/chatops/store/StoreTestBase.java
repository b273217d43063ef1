package com.nexus.chatops.store;

import org.junit.jupiter.api.AfterEach;

/** Opens the store lazily per test and closes it afterwards, before the backend discards the storage. */
abstract class StoreTestBase implements StoreContract {

    private Database store;

    @Override
    public Database store() {
        if (store == null) {
            store = Database.open(storeUrl());
        }
        return store;
    }

    /** Called after the test's store is closed: drop what the test created. */
    protected void discardStorage() {
    }

    @AfterEach
    void closeStore() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            store = null;
            discardStorage();
        }
    }
}
