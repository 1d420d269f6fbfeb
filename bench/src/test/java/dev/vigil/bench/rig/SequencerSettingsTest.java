package dev.vigil.bench.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequencerSettingsTest {
  @Test
  void extraJvmOptionsFollowTheDefaultsSplitOnBlanks() {
    assertEquals(List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError", "-XX:StartFlightRecording=filename=s.jfr",
        "-Xmx1g"), SequencerSettings.jvmOptions("  -XX:StartFlightRecording=filename=s.jfr \t -Xmx1g "));
  }

  @Test
  void noExtraJvmOptionsKeepTheDefaults() {
    assertEquals(List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError"), SequencerSettings.jvmOptions(null));
    assertEquals(List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError"), SequencerSettings.jvmOptions(" "));
  }
}
