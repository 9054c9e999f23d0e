package org.switchboard.plugins.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.plugins.commerce.CustomerScope;

/** What a customer-scoped view of the retail data shows and lets a tool change. */
class ScopedRetailStoreTest {

    private static RetailDataSet data;

    @BeforeAll
    static void loadData() throws IOException {
        data = RetailDataSet.bundled();
    }

    @Test
    void aBoundScopeSeesOnlyItsUsersRecords() {
        InMemoryRetailStore all = new InMemoryRetailStore(data);
        ScopedRetailStore noah = new ScopedRetailStore(all, CustomerScope.of("noah_brown_6181"));
        assertThat(noah.findUser("noah_brown_6181")).isPresent();
        assertThat(noah.findOrder("#W7678072")).isPresent();
        assertThat(noah.findUser("james_li_5688")).isEmpty();
        assertThat(noah.findOrder("#W2611340")).isEmpty();
        assertThat(noah.findUserIdByNameZip("Noah", "Brown", "80279")).contains("noah_brown_6181");
        assertThat(noah.findProduct("9523456873")).isPresent();
        assertThat(noah.products()).hasSize(50);
    }

    @Test
    void savingAnotherUsersRecordIsRefused() {
        InMemoryRetailStore all = new InMemoryRetailStore(data);
        ScopedRetailStore noah = new ScopedRetailStore(all, CustomerScope.of("noah_brown_6181"));
        JsonObject foreignOrder = all.findOrder("#W2611340").orElseThrow();
        assertThatThrownBy(() -> noah.saveOrder("#W2611340", foreignOrder)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> noah.saveUser("james_li_5688", all.findUser("james_li_5688").orElseThrow()))
                .isInstanceOf(SecurityException.class);
        assertThat(all.changedRecords()).isEmpty();
    }

    @Test
    void nobodySeesNoUserAndUnrestrictedSeesAll() {
        InMemoryRetailStore all = new InMemoryRetailStore(data);
        ScopedRetailStore nobody = new ScopedRetailStore(all, CustomerScope.NOBODY);
        assertThat(nobody.findUser("noah_brown_6181")).isEmpty();
        assertThat(nobody.findUserIdByEmail("noah.brown7922@example.com")).isEmpty();
        assertThat(nobody.findOrder("#W7678072")).isEmpty();
        assertThat(new ScopedRetailStore(all, CustomerScope.UNRESTRICTED).findOrder("#W2611340")).isPresent();
        assertThat(CustomerScope.NOBODY.permits(null)).isFalse();
        assertThat(CustomerScope.of("a").userId()).contains("a");
    }
}
