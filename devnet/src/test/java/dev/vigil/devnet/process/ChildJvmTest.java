package dev.vigil.devnet.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ChildJvmTest {
  @TempDir Path dir;

  private ChildSpec spec(String mode, Duration timeout) {
    return new ChildSpec("fake", FakeNode.class.getName(), List.of(mode), List.of("-Xmx64m"),
        dir.resolve("logs/fake.log"), "FAKE_READY", timeout);
  }

  @Test
  void start_waitsForReadyLine_andStopRunsTheShutdownHook() throws Exception {
    ChildJvm child = ChildJvm.start(spec("ready", Duration.ofSeconds(30)));
    assertEquals(URI.create("http://127.0.0.1:45678"), child.rpcUrl());
    assertTrue(child.isAlive());
    assertTrue(ProcessHandle.of(child.pid()).isPresent());
    child.stop();
    assertFalse(child.isAlive());
    assertTrue(Files.readString(child.log()).contains("clean shutdown"));
  }

  @Test
  void kill_endsTheProcessWithoutShutdownHooks() throws Exception {
    ChildJvm child = ChildJvm.start(spec("ready", Duration.ofSeconds(30)));
    child.kill();
    assertFalse(child.isAlive());
    assertFalse(Files.readString(child.log()).contains("clean shutdown"));
  }

  @Test
  void start_reportsAnEarlyExitWithTheLogTail() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ChildJvm.start(spec("fail", Duration.ofSeconds(30))));
    assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot open the data dir"), e.getMessage());
  }

  @Test
  void start_givesUpAfterTheTimeout_andKillsTheChild() {
    long before = ProcessHandle.current().children().count();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ChildJvm.start(spec("silent", Duration.ofSeconds(2))));
    assertTrue(e.getMessage().contains("no FAKE_READY within 2 s"), e.getMessage());
    assertEquals(before, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
  }

  @Test
  void restart_appendsToTheSameLog_andFindsTheNewReadyLine() throws Exception {
    ChildJvm first = ChildJvm.start(spec("ready", Duration.ofSeconds(30)));
    first.stop();
    ChildJvm second = ChildJvm.start(spec("ready", Duration.ofSeconds(30)));
    second.stop();
    long readyLines = Files.readAllLines(second.log()).stream()
        .filter(l -> l.startsWith("FAKE_READY")).count();
    assertEquals(2, readyLines);
  }
}
