package com.nexus.chatops.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.store.OpenedViews;
import com.nexus.chatops.testing.TestStores;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A form submission counts only for a view nexus opened, unchanged, from the person it was opened for. */
class SubmittedFormsTest {
    @TempDir
    Path dir;

    static SubmittedForms forms(TestStores.Handle store) {
        Clock clock = Clock.systemUTC();
        return new SubmittedForms(new OpenedViews(store.database().jdbc(), clock),
                new Audits(new AuditLog(store.database().jdbc()), new TimelineRepository(store.database().jdbc()),
                        clock));
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldAcceptOnlyTheOpenedViewFromItsOpenerAndAuditEveryRefusal(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            SubmittedForms forms = forms(store);
            String id = forms.opening("incident.resolve.submit", "7", "U0LEAD");

            assertThat(id).startsWith("nexus-").hasSize(38);
            assertThat(forms.opening("incident.resolve.submit", "7", "U0LEAD")).isNotEqualTo(id);
            assertThat(forms.refusal(id, "incident.resolve.submit", "7", "U0LEAD")).isEmpty();
            assertThat(forms.refusal("nexus-0", "incident.resolve.submit", "7", "U0LEAD"))
                    .hasValue("nexus opened no form with this id");
            assertThat(forms.refusal(id, "incident.update.submit", "7", "U0LEAD")).get().asString()
                    .contains("opened as incident.resolve.submit");
            assertThat(forms.refusal(id, "incident.resolve.submit", "8", "U0LEAD")).get().asString()
                    .contains("hidden data was changed");
            assertThat(forms.refusal(id, "incident.resolve.submit", "7", "U0OTHER")).get().asString()
                    .contains("opened for U0LEAD, not for U0OTHER");
            assertThat(forms.refusal(id, "incident.resolve.submit", "7", null)).isPresent();

            assertThat(new AuditLog(store.database().jdbc()).page(0, 100)).map(ChainedRecord::record)
                    .hasSize(5).allSatisfy(r -> {
                        assertThat(r.action()).isEqualTo("view.submit");
                        assertThat(r.verdict()).isEqualTo("deny");
                        assertThat(r.outcome()).isEqualTo("refused");
                    });
        }
    }
}
