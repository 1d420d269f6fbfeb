package dev.vigil.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One bench run: what was measured, on what, with which settings; as a table and as JSON. */
public record BenchReport(
    Instant startedAt,
    double elapsedSeconds,
    Machine machine,
    String loadAverageAtEnd,
    Map<String, String> settings,
    List<Metric> metrics,
    List<Target> targets) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SECTIONS = List.of("micro", "ingest", "replay", "cost", "devnet", "fraud");

  public BenchReport {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(machine, "machine");
    settings = Map.copyOf(settings);
    metrics = List.copyOf(metrics);
    targets = List.copyOf(targets);
    long distinct = metrics.stream().map(Metric::key).distinct().count();
    if (distinct != metrics.size()) {
      throw new IllegalArgumentException("metric keys must be unique");
    }
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("startedAt", startedAt.toString());
    root.put("elapsedSeconds", round(elapsedSeconds));
    ObjectNode m = root.putObject("machine");
    m.put("cores", machine.cores());
    m.put("memory", machine.memory());
    m.put("java", machine.javaVersion());
    m.put("os", machine.os());
    m.put("loadAverageAtStart", machine.loadAverage());
    m.put("loadAverageAtEnd", loadAverageAtEnd);
    ObjectNode s = root.putObject("settings");
    settings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> s.put(e.getKey(), e.getValue()));
    ObjectNode ms = root.putObject("metrics");
    for (Metric metric : metrics) {
      ObjectNode o = ms.putObject(metric.key());
      o.put("label", metric.label());
      if (metric.reading() instanceof Reading.Measured r) {
        o.put("value", round(r.value()));
        o.put("unit", r.unit());
      } else {
        o.putNull("value");
        o.put("notAvailable", ((Reading.NotAvailable) metric.reading()).reason());
      }
      o.put("detail", metric.detail());
    }
    ArrayNode ts = root.putArray("targets");
    for (Target t : targets) {
      ObjectNode o = ts.addObject();
      o.put("target", t.description());
      o.put("metric", t.metricKey());
      o.put("verdict", t.verdict(metrics));
    }
    return root.toPrettyString() + "\n";
  }

  /** Writes {@link #toJson()} to {@code out} (through a temporary file, so readers never see half). */
  public void writeJson(Path out) {
    try {
      Path abs = out.toAbsolutePath();
      Files.createDirectories(abs.getParent());
      Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
      Files.writeString(tmp, toJson());
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Vigil bench, %s, %.0f s, %d cores, load %s -> %s%n",
        startedAt, elapsedSeconds, machine.cores(), machine.loadAverage(), loadAverageAtEnd));
    for (String section : SECTIONS) {
      List<Metric> rows = metrics.stream().filter(x -> x.section().equals(section)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      sb.append(String.format("%n[%s]%n", section));
      for (Metric row : rows) {
        sb.append(line(row)).append('\n');
      }
    }
    sb.append(String.format("%n[performance targets]%n"));
    for (Target t : targets) {
      sb.append(String.format(Locale.ROOT, "  %-58s %s%n", t.description(), t.verdict(metrics)));
    }
    return sb.toString();
  }

  private static String line(Metric row) {
    String value;
    String unit;
    if (row.reading() instanceof Reading.Measured r) {
      value = format(r.value());
      unit = r.unit();
    } else {
      value = "n/a";
      unit = "(" + ((Reading.NotAvailable) row.reading()).reason() + ")";
    }
    String detail = row.detail().isEmpty() ? "" : "  " + row.detail();
    return String.format(Locale.ROOT, "  %-52s %14s %-9s%s", row.label(), value, unit, detail);
  }

  /** Large numbers whole with separators, small ones with three significant digits. */
  static String format(double v) {
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
