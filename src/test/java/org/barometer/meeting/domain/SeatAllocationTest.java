package org.barometer.meeting.domain;

import static org.barometer.meeting.domain.RegistrationStatus.CONFIRMED;
import static org.barometer.meeting.domain.RegistrationStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation rules on hand-worked cases, without a database. */
class SeatAllocationTest {

  @Test
  void capacityTwoThreeRegistrations() {
    // A, B, C register for 2 seats: A and B confirmed, C waiting as number 1
    assertEquals(CONFIRMED, SeatAllocation.place(2, 0, 0)); // A
    assertEquals(CONFIRMED, SeatAllocation.place(2, 1, 0)); // B
    assertEquals(WAITING, SeatAllocation.place(2, 2, 0)); // C
  }

  @Test
  void cancellationPromotesTheFirstWaiting() {
    // B cancels: 1 of 2 seats taken, C (first in line) moves up
    assertEquals(List.of("C"), SeatAllocation.promotions(2, 1, List.of("C")));
  }

  @Test
  void raisedCapacityPromotesAsManyAsTheNewSeats() {
    // capacity 2 -> 4, both seats taken, 3 waiting: the first 2 move up
    assertEquals(List.of("C", "D"), SeatAllocation.promotions(4, 2, List.of("C", "D", "E")));
  }

  @Test
  void noFreeSeatNoPromotion() {
    assertEquals(List.of(), SeatAllocation.promotions(2, 2, List.of("C")));
    assertEquals(List.of(), SeatAllocation.promotions(2, 3, List.of("C")));
  }

  @Test
  void aNewcomerNeverOvertakesTheQueue() {
    // a seat is free but someone waits (a promotion not yet made): the newcomer waits too
    assertEquals(WAITING, SeatAllocation.place(3, 2, 1));
  }

  @Test
  void capacityCannotDropBelowConfirmedSeats() {
    assertTrue(SeatAllocation.capacityAllowed(5, 5));
    assertFalse(SeatAllocation.capacityAllowed(4, 5));
    assertFalse(SeatAllocation.capacityAllowed(0, 0));
  }
}
