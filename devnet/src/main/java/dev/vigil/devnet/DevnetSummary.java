package dev.vigil.devnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.protocol.bytes.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a running devnet offers: endpoints, contracts, accounts; printed and written as JSON. */
public record DevnetSummary(
    URI l1Url,
    long l1ChainId,
    long l2ChainId,
    URI l2Rpc,
    Map<String, URI> verifierRpcs,
    Address rollup,
    Address bridge,
    Address token,
    Address sequencer,
    long windowSeconds,
    long forceDelaySeconds,
    List<FundedAccount> accounts,
    long bringUpMillis,
    BringUp bringUp) {

  public DevnetSummary {
    verifierRpcs = Map.copyOf(verifierRpcs);
    accounts = List.copyOf(accounts);
  }

  public String toJson() {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ObjectNode l1 = root.putObject("l1");
    l1.put("url", l1Url.toString());
    l1.put("chainId", l1ChainId);
    ObjectNode l2 = root.putObject("l2");
    l2.put("rpc", l2Rpc.toString());
    l2.put("chainId", l2ChainId);
    ObjectNode verifiers = root.putObject("verifiers");
    verifierRpcs.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> verifiers.put(e.getKey(), e.getValue().toString()));
    ObjectNode contracts = root.putObject("contracts");
    contracts.put("rollup", rollup.toChecksumHex());
    contracts.put("bridge", bridge.toChecksumHex());
    contracts.put("token", token.toChecksumHex());
    root.put("sequencer", sequencer.toChecksumHex());
    root.put("challengeWindowSeconds", windowSeconds);
    root.put("forceInclusionDelaySeconds", forceDelaySeconds);
    ArrayNode accs = root.putArray("accounts");
    for (FundedAccount a : accounts) {
      ObjectNode o = accs.addObject();
      o.put("index", a.account().index());
      o.put("address", a.account().address().toChecksumHex());
      o.put("privateKey", a.account().privateKeyHex());
      o.put("l2EthWei", a.l2Eth().toString());
      o.put("l2TokenUnits", a.l2Token().toString());
    }
    root.put("bringUpMillis", bringUpMillis);
    ArrayNode steps = root.putArray("bringUpSteps");
    for (BringUp.Step s : bringUp.steps()) {
      ObjectNode o = steps.addObject();
      o.put("step", s.what());
      o.put("startMillis", s.startMillis());
      o.put("endMillis", s.endMillis());
      s.cpu().ifPresent(cpu -> o.put("cpuMillis", cpu.toMillis()));
      s.archive().ifPresent(a -> o.put("classDataArchive", a.name().toLowerCase(java.util.Locale.ROOT)));
    }
    return root.toPrettyString() + "\n";
  }

  public void writeJson(Path out) {
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      Files.writeString(tmp, toJson());
      Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /** The human-readable block `./vigil devnet` prints. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("Vigil devnet is up (").append(bringUpMillis).append(" ms to the first funded L2 account)\n\n");
    sb.append(String.format("  L1 (chain %d)      %s%n", l1ChainId, l1Url));
    sb.append(String.format("  L2 (chain %d)   %s   <- sequencer JSON-RPC%n", l2ChainId, l2Rpc));
    verifierRpcs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        sb.append(String.format("  %-17s %s%n", e.getKey(), e.getValue())));
    sb.append(String.format("%n  Rollup    %s%n", rollup.toChecksumHex()));
    sb.append(String.format("  Bridge    %s%n", bridge.toChecksumHex()));
    sb.append(String.format("  DevToken  %s  (its L2 address is the same)%n", token.toChecksumHex()));
    sb.append(String.format("  Sequencer %s%n", sequencer.toChecksumHex()));
    sb.append(String.format("  Challenge window %d s, forced-inclusion delay %d s%n%n",
        windowSeconds, forceDelaySeconds));
    sb.append("  Dev accounts (funded on L2 through the bridge):\n");
    for (FundedAccount a : accounts) {
      sb.append(String.format("  (%d) %s  %s ETH  %s DVT%n      key %s%n", a.account().index(),
          a.account().address().toChecksumHex(), ether(a.l2Eth()), ether(a.l2Token()),
          a.account().privateKeyHex()));
    }
    sb.append('\n').append(bringUp.toText());
    return sb.toString();
  }

  private static String ether(BigInteger wei) {
    return new BigDecimal(wei, 18).stripTrailingZeros().toPlainString();
  }
}
