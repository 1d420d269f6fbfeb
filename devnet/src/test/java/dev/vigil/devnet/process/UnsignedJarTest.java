package dev.vigil.devnet.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsignedJarTest {
  private static final byte[] CLASS_BYTES = "not really a class".getBytes(StandardCharsets.UTF_8);
  @TempDir Path dir;

  /** A jar laid out like a signed one: digests per entry in the manifest, a .SF and a .RSA. */
  private Path signedLookingJar() throws IOException {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
    Attributes digest = new Attributes();
    digest.putValue("SHA-256-Digest", "AAAA");
    m.getEntries().put("a/B.class", digest);
    Path jar = dir.resolve("lib-1.0.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
      put(out, "META-INF/SIGNER.SF", new byte[] {1});
      put(out, "META-INF/SIGNER.RSA", new byte[] {2});
      put(out, "META-INF/services/x.Provider", new byte[] {3});
      put(out, "a/B.class", CLASS_BYTES);
    }
    return jar;
  }

  private static void put(JarOutputStream out, String name, byte[] data) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(data);
    out.closeEntry();
  }

  @Test
  void copy_dropsTheSignatureAndDigests_keepsClassesResourcesAndMainAttributes() throws Exception {
    Path jar = signedLookingJar();
    assertTrue(UnsignedJar.isSigned(jar));
    Path copy = UnsignedJar.copyIn(dir.resolve("jars"), jar);
    assertFalse(UnsignedJar.isSigned(copy));
    try (JarFile f = new JarFile(copy.toFile())) {
      assertArrayEquals(CLASS_BYTES, f.getInputStream(f.getEntry("a/B.class")).readAllBytes());
      assertTrue(f.getEntry("META-INF/services/x.Provider") != null);
      assertNull(f.getEntry("META-INF/SIGNER.SF"));
      assertNull(f.getEntry("META-INF/SIGNER.RSA"));
      assertEquals("true", f.getManifest().getMainAttributes().getValue("Multi-Release"));
      assertTrue(f.getManifest().getEntries().isEmpty());
    }
  }

  @Test
  void copy_isWrittenOnce_andReused() throws Exception {
    Path jar = signedLookingJar();
    Path copy = UnsignedJar.copyIn(dir.resolve("jars"), jar);
    long written = Files.getLastModifiedTime(copy).toMillis();
    Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(written - 10_000));
    assertEquals(copy, UnsignedJar.copyIn(dir.resolve("jars"), jar));
    assertEquals(written - 10_000, Files.getLastModifiedTime(copy).toMillis());
  }

  @Test
  void aPlainJarIsNotSigned() throws Exception {
    Path jar = dir.resolve("plain.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
      put(out, "a/B.class", CLASS_BYTES);
    }
    assertFalse(UnsignedJar.isSigned(jar));
  }
}
