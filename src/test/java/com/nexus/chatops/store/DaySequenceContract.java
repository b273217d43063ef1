package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Incident numbers per UTC day: 001 first, never handed out twice. */
interface DaySequenceContract extends StoreBackend {

    LocalDate DAY = LocalDate.of(2025, 3, 14);

    @Test
    default void shouldCountFromOneAndRestartWhenNextDayBegins() {
        DaySequence sequence = store().daySequence();

        assertThat(List.of(sequence.next(DAY), sequence.next(DAY), sequence.next(DAY))).containsExactly(1, 2, 3);
        assertThat(sequence.next(DAY.plusDays(1))).isEqualTo(1);
        assertThat(sequence.next(DAY)).isEqualTo(4);
    }

    @Test
    default void shouldContinueWhereItStoppedWhenStoreIsReopened() {
        store().daySequence().next(DAY);
        store().close();

        try (Database again = Database.open(storeUrl())) {
            assertThat(again.daySequence().next(DAY)).isEqualTo(2);
        }
    }

    @Test
    default void shouldHandOutDistinctConsecutiveNumbersWhenSixteenThreadsRace() throws Exception {
        DaySequence sequence = store().daySequence();

        List<Integer> numbers = Races.run(16, i -> () -> sequence.next(DAY));

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
    }

    @Test
    default void shouldNeverRepeatNumbersWhenTwoStoresRace() throws Exception {
        // Given a second replica on the same database
        try (Database replica = Database.open(storeUrl())) {
            DaySequence[] sequences = {store().daySequence(), replica.daySequence()};

            List<Integer> numbers = Races.run(16, i -> () -> sequences[i % 2].next(DAY));

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
        }
    }
}
