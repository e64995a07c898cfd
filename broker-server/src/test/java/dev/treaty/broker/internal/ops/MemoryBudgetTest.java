package dev.treaty.broker.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
  private final MemoryBudget budget = new MemoryBudget(100);

  @Test
  void reservationsAddUpToTheCapacityAndNoFurther() {
    assertThat(budget.tryReserve(60)).isTrue();
    assertThat(budget.tryReserve(40)).isTrue();

    assertThat(budget.tryReserve(1)).isFalse();
    assertThat(budget.used()).isEqualTo(100);
  }

  @Test
  void aReservationLargerThanTheCapacityIsRefusedAtOnceWhateverTheWait() throws InterruptedException {
    long started = System.nanoTime();

    assertThat(budget.reserve(101, Duration.ofSeconds(30))).isFalse();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no wait: it could never fit").isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aWaitingReservationIsGrantedWhenEnoughIsReleased() throws Exception {
    budget.tryReserve(80);
    CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> reserve(50, Duration.ofSeconds(30)));

    budget.release(10);
    assertThat(budget.used()).isEqualTo(70);
    budget.release(70);

    assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(budget.used()).isEqualTo(50);
  }

  @Test
  void aWaitThatRunsOutIsRefused() throws InterruptedException {
    budget.tryReserve(100);

    assertThat(budget.reserve(1, Duration.ofMillis(50))).isFalse();
  }

  @Test
  void releasingMoreThanIsReservedIsABug() {
    budget.tryReserve(5);

    assertThatThrownBy(() -> budget.release(6)).isInstanceOf(IllegalStateException.class).hasMessage("released 6 bytes but only 5 are reserved");
  }

  @Test
  void theDefaultIsASixteenthOfTheHeap() {
    assertThat(MemoryBudget.defaultCapacity(512L * 1024 * 1024)).isEqualTo(32L * 1024 * 1024);
  }

  private boolean reserve(long bytes, Duration wait) {
    try {
      return budget.reserve(bytes, wait);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
