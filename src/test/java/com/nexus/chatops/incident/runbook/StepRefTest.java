package com.nexus.chatops.incident.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.runbook.Stage;
import com.nexus.chatops.runbook.StepKey;
import com.nexus.chatops.runbook.StepRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a runbook step button carries, read back; anything else names no step. */
class StepRefTest {
    @Test
    void shouldReadBackWhatAButtonCarriesWhenTheStageHasADash() {
        StepRef ref = new StepRef(12, new StepKey(Stage.FOLLOW_UP, 3));

        assertThat(ref.value()).isEqualTo("12:follow-up-3");
        assertThat(StepRef.parse(ref.value())).contains(ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "12:", ":investigate-1", "x:investigate-1", "12:investigate", "12:investigate-",
            "12:investigate-0", "12:investigate-x", "12:unknown-1", "99999999999999999999:investigate-1"})
    void shouldNameNoStepWhenTheValueIsNotOneNexusMade(String value) {
        assertThat(StepRef.parse(value)).isEmpty();
    }
}
