package org.barometer.meeting.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Who gets a seat. The rules, kept apart from storage so they can be checked by hand:
 *
 * <ul>
 *   <li>a newcomer is confirmed only if a seat is free and nobody is waiting (nobody overtakes the
 *       queue), otherwise they wait at the end;
 *   <li>when a seat frees up (a cancellation) or seats are added (a raised capacity), the first on
 *       the waiting list move up, as many as there are free seats;
 *   <li>confirmed registrations never lose their seat, so capacity cannot drop below them.
 * </ul>
 *
 * <p>Walk-ins do not hold registration seats: they came on the day, when allocation is over. The
 * callers apply these rules while holding the meeting's row lock, which is what makes "no
 * overbooking" hold under simultaneous requests.
 */
public final class SeatAllocation {

  /** Waiting-list order: first registered first, ties broken by the id the database gave. */
  public static final Comparator<Registration> WAITING_ORDER =
      Comparator.comparing(Registration::registeredAt)
          .thenComparing(Registration::id, Comparator.nullsLast(Comparator.naturalOrder()));

  private SeatAllocation() {}

  /** The status of a new registration, given the seats taken and the queue. */
  public static RegistrationStatus place(int capacity, int confirmed, int waiting) {
    return confirmed < capacity && waiting == 0
        ? RegistrationStatus.CONFIRMED
        : RegistrationStatus.WAITING;
  }

  /**
   * Those who move up from the waiting list: the first {@code capacity - confirmed} in order.
   *
   * @param waitingInOrder the waiting list, first in line first
   */
  public static <T> List<T> promotions(int capacity, int confirmed, List<T> waitingInOrder) {
    int free = Math.max(0, capacity - confirmed);
    return List.copyOf(waitingInOrder.subList(0, Math.min(free, waitingInOrder.size())));
  }

  /** Whether the capacity may become {@code newCapacity} with {@code confirmed} seats taken. */
  public static boolean capacityAllowed(int newCapacity, int confirmed) {
    return newCapacity >= Math.max(1, confirmed);
  }
}
