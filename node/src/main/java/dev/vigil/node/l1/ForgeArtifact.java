package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A contract compiled by forge ({@code contracts/out/<File>.sol/<Name>.json}):
 * its creation bytecode and the signatures of the errors in its ABI.
 */
public record ForgeArtifact(String name, Bytes bytecode, List<String> errors) {
  public ForgeArtifact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytecode, "bytecode");
    errors = List.copyOf(errors);
  }

  /** {@code out/<name>.sol/<name>.json}: a contract in the file of its own name. */
  public static ForgeArtifact load(Path outDir, String name) {
    return fromFile(name, outDir.resolve(name + ".sol").resolve(name + ".json"));
  }

  public static ForgeArtifact fromFile(String name, Path json) {
    JsonObject artifact;
    try {
      artifact = new JsonObject(Files.readString(json));
    } catch (IOException | DecodeException e) {
      throw new IllegalStateException("cannot read forge artifact " + json
          + " (run forge build in contracts/): " + e.getMessage(), e);
    }
    String code = artifact.getJsonObject("bytecode", new JsonObject()).getString("object", "");
    if (code.contains("__$")) {
      throw new IllegalStateException(json + " needs library linking, which the deployer does not do");
    }
    if (code.isEmpty() || code.equals("0x")) {
      throw new IllegalStateException(json + " has no creation bytecode (abstract contract or interface?)");
    }
    return new ForgeArtifact(name, Bytes.fromHex(code), errorSignatures(artifact.getJsonArray("abi")));
  }

  private static List<String> errorSignatures(JsonArray abi) {
    List<String> out = new ArrayList<>();
    if (abi == null) {
      return out;
    }
    for (Object o : abi) {
      JsonObject entry = (JsonObject) o;
      if ("error".equals(entry.getString("type"))) {
        out.add(entry.getString("name") + typeList(entry.getJsonArray("inputs")));
      }
    }
    return out;
  }

  /** The canonical "(t1,t2,...)" of ABI parameters, tuples spelled out. */
  private static String typeList(JsonArray params) {
    List<String> types = new ArrayList<>();
    for (Object o : params) {
      JsonObject p = (JsonObject) o;
      String type = p.getString("type");
      if (type.startsWith("tuple")) {
        type = typeList(p.getJsonArray("components")) + type.substring("tuple".length());
      }
      types.add(type);
    }
    return "(" + String.join(",", types) + ")";
  }
}
