package dev.vigil.devnet.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.devnet.process.ChildStartup.ArchiveUse;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class ClassDataArchiveTest {
  private static final String FAKE = FakeNode.class.getName();
  @TempDir Path dir;

  /** A jar holding FakeNode, as a packaged module would hold the sequencer. */
  private Path fakeJar(String name) throws IOException {
    Path jar = dir.resolve(name);
    String entry = FAKE.replace('.', '/') + ".class";
    Path compiled = Path.of(FakeNode.class.getProtectionDomain().getCodeSource().getLocation()
        .getPath()).resolve(entry);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
      out.putNextEntry(new JarEntry(entry));
      out.write(Files.readAllBytes(compiled));
      out.closeEntry();
    }
    return jar;
  }

  private ChildSpec spec(ClassDataArchive archive) {
    return new ChildSpec("fake", FAKE, List.of("ready"), List.of("-Xmx64m"),
        dir.resolve("logs/fake.log"), "FAKE_READY", Duration.ofSeconds(60), Optional.of(archive));
  }

  @Test
  void firstStartRecords_cleanStopPublishes_secondStartUsesTheArchive() throws Exception {
    String cp = fakeJar("fake.jar").toString();
    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "fake");
    ChildJvm first = ChildJvm.start(spec(archive), cp);
    assertEquals(ArchiveUse.RECORDING, first.startup().archive());
    first.stop();
    assertEquals(ArchiveUse.USED, archive.plan(cp, FAKE).use());
    ChildJvm second = ChildJvm.start(spec(archive), cp);
    assertEquals(ArchiveUse.USED, second.startup().archive());
    assertTrue(second.startup().cpu().isPresent());
    second.stop();
    try (var files = Files.list(dir.resolve("cds"))) {
      assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList());
    }
    assertFalse(Files.readString(second.log()).contains("cds"), Files.readString(second.log()));
  }

  @Test
  void aRecordingNobodyPublished_isPublishedByTheNextPlan() throws Exception {
    String cp = fakeJar("fake.jar").toString();
    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "fake");
    ClassDataArchive.Launch launch = archive.plan(cp, FAKE);
    List<String> cmd = new java.util.ArrayList<>(List.of(JvmClasspath.javaBinary()));
    cmd.addAll(launch.options());
    cmd.addAll(List.of("-cp", launch.classpath(), FAKE, "fail")); // exits at once, recording
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertTrue(Files.isRegularFile(launch.recording().orElseThrow().part()));
    ClassDataArchive.Launch next = archive.plan(cp, FAKE);
    assertEquals(ArchiveUse.USED, next.use());
    assertFalse(Files.exists(launch.recording().orElseThrow().part()));
  }

  @Test
  void publishing_deletesStaleRecordingsOfOtherJars_keepsRecentOnes() throws Exception {
    String cp = fakeJar("fake.jar").toString();
    Path cds = Files.createDirectories(dir.resolve("cds"));
    Path stale = Files.write(cds.resolve("fake-0123456789abcdef-42.part"), new byte[] {1});
    Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis()
        - Recording.STALE_PART_MS - 60_000));
    Path recent = Files.write(cds.resolve("fake-0123456789abcdef-43.part"), new byte[] {1});
    ChildJvm child = ChildJvm.start(spec(new ClassDataArchive(cds, "fake")), cp);
    child.stop();
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(recent));
  }

  @Test
  void aKilledRecordingIsNotPublished() throws Exception {
    String cp = fakeJar("fake.jar").toString();
    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "fake");
    ChildJvm child = ChildJvm.start(spec(archive), cp);
    child.kill();
    assertEquals(ArchiveUse.RECORDING, archive.plan(cp, FAKE).use());
    try (var files = Files.list(dir.resolve("cds"))) {
      assertEquals(List.of(), files.toList());
    }
  }

  @Test
  void aCorruptArchiveOnlyCostsSpeed_theChildStartsQuietly() throws Exception {
    String cp = fakeJar("fake.jar").toString();
    ClassDataArchive archive = new ClassDataArchive(dir.resolve("cds"), "fake");
    ClassDataArchive.Launch plan = archive.plan(cp, FAKE);
    Path archived = plan.recording().orElseThrow().archive();
    Files.write(archived, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    ChildJvm child = ChildJvm.start(spec(archive), cp);
    assertEquals(ArchiveUse.USED, child.startup().archive());
    child.stop();
    String log = Files.readString(child.log());
    assertFalse(log.contains("warning"), log);
    assertTrue(log.contains("clean shutdown"), log);
  }

  @Test
  void plan_isOff_whenTheMainClassIsInADirectory() throws Exception {
    String testClasses = Path.of(FakeNode.class.getProtectionDomain().getCodeSource().getLocation()
        .getPath()).toString();
    String cp = testClasses + File.pathSeparator + fakeJar("other.jar");
    ClassDataArchive.Launch plan = new ClassDataArchive(dir.resolve("cds"), "fake").plan(testClasses, FAKE);
    assertEquals(ArchiveUse.OFF, plan.use());
    assertEquals(testClasses, plan.classpath());
    assertEquals(List.of(), plan.options());
    assertTrue(ClassDataArchive.jarsHolding(cp, FAKE).isPresent());
  }

  @Test
  void plan_runsFromTheJarsAlone_withoutTheDirectories() throws Exception {
    Path jar = fakeJar("fake.jar");
    String cp = dir.toString() + File.pathSeparator + jar;
    ClassDataArchive.Launch plan = new ClassDataArchive(dir.resolve("cds"), "fake").plan(cp, FAKE);
    assertEquals(jar.toAbsolutePath().toString(), plan.classpath());
    assertTrue(plan.options().contains("-Xshare:auto"), plan.options().toString());
  }

  @Test
  void key_followsTheJarsSizeAndTime_andTheJvm() throws Exception {
    Path a = fakeJar("a.jar");
    Path b = fakeJar("b.jar");
    String key = ArchiveKey.of("jdk", List.of(a, b));
    assertEquals(key, ArchiveKey.of("jdk", List.of(a, b)));
    assertNotEquals(key, ArchiveKey.of("jdk", List.of(b, a)));
    assertNotEquals(key, ArchiveKey.of("other jdk", List.of(a, b)));
    Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() - 5000));
    assertNotEquals(key, ArchiveKey.of("jdk", List.of(a, b)));
    try (OutputStream out = Files.newOutputStream(b, java.nio.file.StandardOpenOption.APPEND)) {
      out.write(0);
    }
    assertNotEquals(ArchiveKey.of("jdk", List.of(a, b)), key);
    assertTrue(key.matches("[0-9a-f]{16}"), key);
  }

  @Test
  void recording_ofGarbageIsNotPublished_andIsDeleted() throws Exception {
    Path part = dir.resolve("x.part");
    Files.write(part, new byte[] {42});
    Recording r = new Recording(part, dir.resolve("x.jsa"), fakeJar("fake.jar").toString());
    assertFalse(r.publish());
    assertFalse(Files.exists(part));
    assertFalse(Files.exists(dir.resolve("x.jsa")));
  }
}
