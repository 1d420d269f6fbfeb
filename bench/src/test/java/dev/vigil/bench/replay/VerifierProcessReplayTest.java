package dev.vigil.bench.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierProcessReplayTest {
  @Test
  void extraJvmOptionsFollowTheDefaultsSplitOnBlanks() {
    assertEquals(List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError", "-XX:StartFlightRecording=filename=v.jfr",
        "-Xmx1g"), VerifierProcessReplay.jvmOptions(" -XX:StartFlightRecording=filename=v.jfr \t -Xmx1g "));
  }

  @Test
  void noExtraJvmOptionsKeepTheDefaults() {
    assertEquals(List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError"), VerifierProcessReplay.jvmOptions(null));
    assertEquals(List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError"), VerifierProcessReplay.jvmOptions(""));
  }
}
