package dev.vigil.devnet.process;

import java.nio.file.Path;

/**
 * {@code java -cp CP dev.vigil.devnet.process.LaunchPlan ARCHIVE_DIR NAME MAIN_CLASS}: how
 * `./vigil devnet` launches the devnet's own JVM with a class-data archive, as the devnet does
 * for its children. Prints the classpath to use on the first line, then one JVM option per
 * line. The devnet's JVM is ended by Ctrl-C, so nobody is left to publish what it recorded as
 * it exited: the next plan does ({@link ClassDataArchive#plan}).
 */
public final class LaunchPlan {
  private LaunchPlan() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: LaunchPlan ARCHIVE_DIR NAME MAIN_CLASS");
      System.exit(2);
    }
    ClassDataArchive.Launch launch = new ClassDataArchive(Path.of(args[0]), args[1])
        .plan(JvmClasspath.current(), args[2]);
    System.out.println(launch.classpath());
    launch.options().forEach(System.out::println);
  }
}
