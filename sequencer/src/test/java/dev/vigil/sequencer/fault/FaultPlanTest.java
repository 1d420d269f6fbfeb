package dev.vigil.sequencer.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

  private static String error(String spec) {
    return assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse(spec)).getMessage();
  }

  @Test
  void parsesEveryKind_inTheOrderGiven() {
    FaultPlan plan = FaultPlan.parse("wrong-balance@2, bad-signature@4,deposit-twice@6,"
        + "deposit-skipped@8,wrong-final-root@10,inflated-withdrawal@12");
    assertEquals(List.of(FaultKind.values()), plan.faults().stream().map(Fault::kind).toList());
    assertEquals(List.of(2L, 4L, 6L, 8L, 10L, 12L), plan.faults().stream().map(Fault::batch).toList());
    assertEquals(plan, FaultPlan.parse(plan.toString()));
  }

  @Test
  void badSpecs_sayWhatIsWrong() {
    assertTrue(error("wrong-balance").contains("KIND@BATCH"));
    assertTrue(error("lie@2").contains("unknown fault kind lie"));
    assertTrue(error("wrong-balance@x").contains("not a number"));
    assertTrue(error("wrong-balance@-1").contains(">= 0"));
    assertTrue(error("wrong-balance@1,wrong-balance@1").contains("twice"));
    assertTrue(error(" , ").contains("at least one"));
  }

  @Test
  void due_isTheFirstUnfiredFaultAtOrBeforeTheBatch() {
    FaultPlan plan = FaultPlan.parse("deposit-twice@2,wrong-balance@4");
    Fault first = plan.faults().get(0);
    Fault second = plan.faults().get(1);
    assertEquals(Optional.empty(), plan.due(1, f -> false));
    assertEquals(Optional.of(first), plan.due(2, f -> false));
    assertEquals(Optional.of(first), plan.due(5, f -> false), "a fault that found nothing to lie about waits");
    assertEquals(Optional.empty(), plan.due(3, Set.of(first)::contains), "once only");
    assertEquals(Optional.of(second), plan.due(4, Set.of(first)::contains));
  }
}
